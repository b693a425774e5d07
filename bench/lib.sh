# Shared by the bench scripts (sourced from the repository root, with $runs set): builds the CLI,
# compiles a bench stack class, and times cold processes.

# Builds on first use (and writes the AppCDS archive); compiles bench/$1.java into $classes.
bench_setup() {
  bin/sparkform examples >/dev/null
  classes=$(mktemp -d)
  trap 'rm -rf "$classes"' EXIT
  javac -d "$classes" -cp "cli/target/sparkform-cli.jar:cli/target/lib/*" "bench/$1.java"
}

# Median wall time of $runs runs of a command, in milliseconds.
median() {
  i=0
  while [ $i -lt "$runs" ]; do
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
    i=$((i + 1))
  done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# The median, as seconds.
median_s() {
  median "$@" | awk '{ printf "%.3f s\n", $1 / 1000 }'
}
