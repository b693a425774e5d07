#!/usr/bin/env bash
# Builds psa-check (psa/: the upstream Pod Security evaluator, k8s.io/pod-security-admission, over
# pod specs read as JSON) from the Go module proxy into a cache outside the work tree, keyed by the
# module version and the program's sources, and reuses it. Prints the binary's path. Test tooling.
#   SPARKFORM_PSA_CACHE  cache root (default: ~/.cache/sparkform/psa)
set -euo pipefail
PSA_VERSION=0.37.2

src=$(cd "$(dirname "$0")/psa" && pwd)
key=$(cat "$src/go.mod" "$src/go.sum" "$src/main.go" | sha256sum | cut -c1-12)
cache=${SPARKFORM_PSA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sparkform/psa}
bin=$cache/psa-check-v$PSA_VERSION-$key/psa-check
if [ -x "$bin" ]; then echo "$bin"; exit 0; fi

command -v go >/dev/null || { echo "build-psa: go is not on PATH; it builds the Pod Security evaluator" >&2; exit 1; }
grep -q "k8s.io/pod-security-admission v$PSA_VERSION" "$src/go.mod" \
  || { echo "build-psa: $src/go.mod does not require k8s.io/pod-security-admission v$PSA_VERSION" >&2; exit 1; }
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9   # one build at a time; a second caller waits, then finds the binary
if [ -x "$bin" ]; then echo "$bin"; exit 0; fi

export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS="-buildvcs=false -mod=readonly"
work=$(mktemp -d "$cache/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "build-psa: psa-check on k8s.io/pod-security-admission v$PSA_VERSION ..." >&2
( cd "$src" && go build -trimpath -ldflags "-s -w" -o "$work/psa-check" . >&2 )
mkdir -p "$(dirname "$bin")"
mv "$work/psa-check" "$bin"
echo "$bin"
