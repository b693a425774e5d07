#!/usr/bin/env bash
# Builds kube-apiserver and etcd from the Go module proxy (test tooling: no Docker, no downloadable
# Kubernetes binaries here) into a cache outside the work tree, keyed by versions, and reuses it.
# Prints the folder holding both binaries. Recipe: ../shared/GUIDE.md §8.
#   SPARKFORM_KUBE_CACHE  cache root (default: ~/.cache/sparkform/kube)
set -euo pipefail
K8S_VERSION=1.37.2
STAGING_VERSION=0.37.2
ETCD_VERSION=3.7.3

cache=${SPARKFORM_KUBE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sparkform/kube}
dir=$cache/kube-apiserver-v$K8S_VERSION-etcd-v$ETCD_VERSION
if [ -x "$dir/kube-apiserver" ] && [ -x "$dir/etcd" ]; then echo "$dir"; exit 0; fi

command -v go >/dev/null || { echo "build-binaries: go is not on PATH; it builds the test API server" >&2; exit 1; }
mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9   # one build at a time; a second caller waits, then finds the binaries
if [ -x "$dir/kube-apiserver" ] && [ -x "$dir/etcd" ]; then echo "$dir"; exit 0; fi

export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-buildvcs=false
work=$(mktemp -d "$cache/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
start=$SECONDS

echo "build-binaries: etcd v$ETCD_VERSION ..." >&2
mkdir "$work/etcd"
( cd "$work/etcd"
  printf 'module etcdbuild\n\ngo 1.26.0\n' > go.mod
  go get "go.etcd.io/etcd/server/v3@v$ETCD_VERSION" >&2
  go build -trimpath -ldflags "-s -w" -o "$work/out/etcd" go.etcd.io/etcd/server/v3 >&2 )

echo "build-binaries: kube-apiserver v$K8S_VERSION ..." >&2
mkdir "$work/apiserver"
( cd "$work/apiserver"
  {
    printf 'module apiserverbuild\n\ngo 1.26.0\n\nreplace (\n'
    for m in api apiextensions-apiserver apimachinery apiserver cli-runtime client-go cloud-provider \
             cluster-bootstrap code-generator component-base component-helpers controller-manager \
             cri-api cri-client cri-streaming csi-translation-lib dynamic-resource-allocation \
             endpointslice externaljwt kms kube-aggregator kube-controller-manager kube-proxy \
             kube-scheduler kubectl kubelet metrics mount-utils pod-security-admission \
             sample-apiserver streaming; do
      printf '\tk8s.io/%s => k8s.io/%s v%s\n' "$m" "$m" "$STAGING_VERSION"
    done
    printf ')\n'
  } > go.mod
  go get "k8s.io/kubernetes/cmd/kube-apiserver@v$K8S_VERSION" >&2
  go build -trimpath -o "$work/out/kube-apiserver" -ldflags "-s -w \
    -X k8s.io/component-base/version.gitVersion=v$K8S_VERSION \
    -X k8s.io/component-base/version.gitMajor=${K8S_VERSION%%.*} \
    -X k8s.io/component-base/version.gitMinor=$(echo "$K8S_VERSION" | cut -d. -f2)" \
    k8s.io/kubernetes/cmd/kube-apiserver >&2 )

rm -rf "$dir"
mv "$work/out" "$dir"
echo "build-binaries: built in $((SECONDS - start)) s into $dir" >&2
echo "$dir"
