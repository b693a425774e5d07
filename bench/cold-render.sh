#!/bin/sh
# Cold-process timings of bin/sparkform render (each run is a new JVM), median of RUNS runs:
#   1. the spark-pi example to stdout (the "one app" case compared with cdk8s: 0.28 s here);
#   2. a stack of 1,000 apps (ServiceAccount + Role + RoleBinding each) from bench/ThousandApps.java.
# Usage: bench/cold-render.sh [RUNS]   (default 11). Prints seconds.
set -e
cd "$(dirname -- "$0")/.."
runs=${1:-11}
. bench/lib.sh
bench_setup ThousandApps

printf 'spark-pi, 1 app          : '; median_s bin/sparkform render --example spark-pi
printf '1,000 apps, 3,000 objects: '; median_s bin/sparkform render --stack ThousandApps --class-path "$classes"
printf '1,000 apps to a directory: '; median_s bin/sparkform render --stack ThousandApps --class-path "$classes" --out "$classes/out/"
