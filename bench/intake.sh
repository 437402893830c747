#!/usr/bin/env bash
# Intake benchmark: N GL lines through the product's intake vs plain COPY, on PostgreSQL.
# Usage: bench/intake.sh [N] [seed]      (N defaults to 1000000)
# Env:   BENCH_DB   database to use; it is CLEANED (default costclose_bench, must end in _bench)
#        BENCH_DIR  folder for the generated CSV files (default bench-data, git-ignored)
#        BENCH_HEAP the JVM's -Xmx (default 256m): the run must fit in it for any N
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx"${BENCH_HEAP:-256m}" \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.costclose.intake.bench.IntakeBenchmark "$@"
