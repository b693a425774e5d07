#!/bin/sh
# Apply of new objects on a real API server (the kube-tier's kube-apiserver + etcd, built once into
# ~/.cache/sparkform/kube), Sparkform against kubectl, both as cold processes, interleaved: each run
# applies N apps of bench/SparkApps.java (4 objects each) with `bin/sparkform apply` into a fresh
# namespace, then the same objects, rendered to a file beforehand, with `kubectl apply -f` into
# another. Both must leave the same objects. Prints the median wall times, the ratio Sparkform /
# kubectl (below 1: Sparkform is faster) and the requests each sent, from the server's audit log,
# with the load average before and after. The driver is benchmarks' ApplyVsKubectl.
# Needs kubectl on PATH and ../shared/reference/crds (the SparkApplication CRD).
# Usage: bench/apply-vs-kubectl.sh [RUNS]   (default 5)
set -e
cd "$(dirname -- "$0")/.."
runs=${1:-5}
. bench/lib.sh
bench_setup SparkApps
command -v kubectl >/dev/null || { echo "apply-vs-kubectl: kubectl is not on PATH" >&2; exit 1; }
mvn -o -q -B -Dstyle.color=never -DskipTests -Dmaven.source.skip -Dmaven.javadoc.skip -pl benchmarks -am package >&2

echo "load before: $(uptime | sed 's/.*load average: //'); $(nproc) cores; $(java -version 2>&1 | head -n 1);" \
  "kubectl $(kubectl version --client 2>/dev/null | sed -n 's/^Client Version: //p')"
echo
java -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" dev.sparkform.benchmarks.ApplyVsKubectl \
  "$classes" "$runs" 100 1000
echo
echo "load after: $(uptime | sed 's/.*load average: //')"
