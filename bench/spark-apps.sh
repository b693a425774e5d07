#!/bin/sh
# Cold-process timings of rendering N Spark apps in one stack (bench/SparkApps.java: each app a
# SparkApplication with scheduling plus its derived ServiceAccount, Role and RoleBinding), to
# stdout, for N = 1,000 and 10,000: median of RUNS runs, and the ratio, which stays near 10 while
# rendering is linear in the number of apps.
# Usage: bench/spark-apps.sh [RUNS]   (default 5). Prints seconds.
set -e
cd "$(dirname -- "$0")/.."
runs=${1:-5}
. bench/lib.sh
bench_setup SparkApps

render() {
  SPARKFORM_JAVA_OPTS="-Dapps=$1" bin/sparkform render --stack SparkApps --class-path "$classes"
}

# A failed render would time as fast: check each size renders its 4 objects per app once.
for n in 1000 10000; do
  kinds=$(render $n 2>/dev/null | grep -c '^kind: ')
  [ "$kinds" -eq $((4 * n)) ] || { echo "$n apps rendered $kinds objects, not $((4 * n))" >&2; exit 1; }
done
small=$(median render 1000)
large=$(median render 10000)
awk -v s="$small" -v l="$large" 'BEGIN {
  printf "1,000 apps (4,000 objects)  : %.3f s\n10,000 apps (40,000 objects): %.3f s\nratio 10,000/1,000: %.1f\n",
    s / 1000, l / 1000, l / s }'
