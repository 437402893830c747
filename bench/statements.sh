#!/usr/bin/env bash
# Statement benchmark: the dimension statement of 20,000 cost purposes as HTML and XLSX, on PostgreSQL.
# Usage: bench/statements.sh [N] [seed]      (N GL lines, default 500000)
# Env:   BENCH_DB   database to use; it is CLEANED (default costclose_statements_bench, must end in _bench)
#        BENCH_DIR  folder for the generated CSV and the rendered statements (default bench-data, git-ignored)
#        BENCH_HEAP the JVM's -Xmx (default 512m: the statement streams, so a small heap must do)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx"${BENCH_HEAP:-512m}" ${BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.costclose.statements.bench.StatementBenchmark "$@"
