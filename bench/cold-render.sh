#!/bin/sh
# Cold-process timings of bin/sparkform render (each run is a new JVM), median of RUNS runs:
#   1. the spark-pi example to stdout (the "one app" case compared with cdk8s: 0.28 s here);
#   2. a stack of 1,000 apps (ServiceAccount + Role + RoleBinding each) from bench/ThousandApps.java.
# Usage: bench/cold-render.sh [RUNS]   (default 11). Prints seconds.
set -e
cd "$(dirname -- "$0")/.."
runs=${1:-11}
bin/sparkform examples >/dev/null   # builds on first use and writes the AppCDS archive
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp "cli/target/sparkform-cli.jar:cli/target/lib/*" bench/ThousandApps.java

median() {
  i=0
  while [ $i -lt "$runs" ]; do
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
    i=$((i + 1))
  done | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f s\n", a[int((NR + 1) / 2)] / 1000 }'
}

printf 'spark-pi, 1 app         : '; median bin/sparkform render --example spark-pi
printf '1,000 apps, 3,000 objects: '; median bin/sparkform render --stack ThousandApps --class-path "$classes"
printf '1,000 apps to a directory: '; median bin/sparkform render --stack ThousandApps --class-path "$classes" --out "$classes/out/"
