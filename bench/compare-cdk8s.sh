#!/bin/sh
# Whole-process comparison with cdk8s (2.70, Node), interleaved: each run times Sparkform's CLI and
# then the cdk8s program on the same work, so both see the same machine load. Work: per app a
# ServiceAccount, Role, RoleBinding and kubeflow SparkApplication with node selector and
# tolerations (bench/SparkApps.java; bench/cdk8s-apps.js mirrors it: the script first checks that
# both write the same objects). Prints the median wall time, the median peak RSS and the ratio
# Sparkform / cdk8s (below 1: Sparkform is faster), with the load average before and after.
# cdk8s is installed on first use into bench/.cdk8s/ (ignored by git) with npm's default registry.
# Usage: bench/compare-cdk8s.sh [RUNS]   (default 11; the 10,000-app row runs RUNS/3, at least 3)
set -e
cd "$(dirname -- "$0")/.."
runs=${1:-11}
. bench/lib.sh
bench_setup SparkApps

if [ ! -d bench/.cdk8s/node_modules/cdk8s ]; then
  mkdir -p bench/.cdk8s
  [ -f bench/.cdk8s/package.json ] || echo '{"name":"sparkform-bench-cdk8s","private":true}' > bench/.cdk8s/package.json
  (cd bench/.cdk8s && npm install --no-audit --no-fund --silent cdk8s@2.70 cdk8s-plus-34 constructs@10) >&2
fi

# Commands, not shell functions: /usr/bin/time runs them.
sparkform() { # APPS STACKS
  env SPARKFORM_JAVA_OPTS="-Dapps=$1 -Dstacks=$2" bin/sparkform render --stack SparkApps --class-path "$classes"
}
cdk8s() { # APPS CHARTS
  node bench/cdk8s-apps.js "$1" "$2"
}

# Both sides must write the same objects (as data: key order and quoting may differ).
same() { # APPS STACKS
  sparkform "$1" "$2" 2>/dev/null >"$classes/s.yaml"
  cdk8s "$1" "$2" >"$classes/c.yaml"
  NODE_PATH=bench/.cdk8s/node_modules/cdk8s/node_modules:bench/.cdk8s/node_modules node -e '
    const fs = require("fs"), YAML = require("yaml");
    const docs = f => YAML.parseAllDocuments(fs.readFileSync(f, "utf8")).map(d => JSON.stringify(sort(d.toJS()))).sort();
    function sort(v) { return Array.isArray(v) ? v.map(sort) : v && typeof v === "object"
      ? Object.fromEntries(Object.keys(v).sort().map(k => [k, sort(v[k])])) : v; }
    const [s, c] = [docs(process.argv[1]), docs(process.argv[2])];
    if (s.length === 0 || JSON.stringify(s) !== JSON.stringify(c)) {
      console.error("sparkform and cdk8s write different objects (" + s.length + " vs " + c.length + " documents)"); process.exit(1);
    }' "$classes/s.yaml" "$classes/c.yaml"
}
same 3 0
same 0 3

# One timed run: wall milliseconds and peak RSS in MB, "ms mb".
timed() {
  s=$(date +%s%N)
  /usr/bin/time -f %M -o "$classes/rss" "$@" >/dev/null 2>&1
  e=$(date +%s%N)
  echo "$(( (e - s) / 1000000 )) $(( $(tail -n 1 "$classes/rss") / 1024 ))"
}

median_col() { # FILE COLUMN
  awk -v c="$2" '{ print $c }' "$1" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

row() { # LABEL APPS STACKS RUNS
  : >"$classes/sf"; : >"$classes/cd"
  i=0
  while [ $i -lt "$4" ]; do
    timed env SPARKFORM_JAVA_OPTS="-Dapps=$2 -Dstacks=$3" bin/sparkform render --stack SparkApps --class-path "$classes" \
      >>"$classes/sf"
    timed node bench/cdk8s-apps.js "$2" "$3" >>"$classes/cd"
    i=$((i + 1))
  done
  awk -v l="$1" -v st="$(median_col "$classes/sf" 1)" -v sm="$(median_col "$classes/sf" 2)" \
      -v ct="$(median_col "$classes/cd" 1)" -v cm="$(median_col "$classes/cd" 2)" -v n="$4" 'BEGIN {
    printf "| %-36s | %7.3f s, %4d MB | %7.3f s, %4d MB | %5.2f | %2d |\n", l, st / 1000, sm, ct / 1000, cm, st / ct, n }'
}

echo "load before: $(uptime | sed 's/.*load average: //'); $(nproc) cores; $(java -version 2>&1 | head -n 1); node $(node --version)"
echo "| work                                 | Sparkform           | cdk8s               | ratio | runs |"
echo "|---|---|---|---|---|"
row "1 app, cold, to stdout" 1 0 "$runs"
row "1,000 apps in one stack, cold" 1000 0 "$runs"
big=$((runs / 3)); [ "$big" -ge 3 ] || big=3
row "10,000 apps in one stack, cold" 10000 0 "$big"
row "1,000 one-app stacks in one process" 0 1000 "$runs"
echo "load after: $(uptime | sed 's/.*load average: //')"
