#!/usr/bin/env bash
# Calculation benchmark: a 300-step version on the cost transactions of N GL lines vs reading its input and COPYing its rows, on PostgreSQL.
# Usage: bench/calculation.sh [N] [seed]      (N defaults to 1000000)
# Env:   BENCH_DB   database to use; it is CLEANED (default costclose_calculation_bench, must end in _bench)
#        BENCH_DIR  folder for the generated CSV files (default bench-data, git-ignored)
#        BENCH_HEAP the JVM's -Xmx (default 2g: the goal is a heap under 2 GB)
#        BENCH_JAVA_OPTS more JVM options, e.g. -XX:StartFlightRecording=filename=calc.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx"${BENCH_HEAP:-2g}" ${BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.costclose.calculation.bench.CalculationBenchmark "$@"
