#!/usr/bin/env bash
# Downstream build cost: clean debug builds of two empty binaries, timed alternately.
#   dependent:  openai-webhooks (this checkout, default features)
#   baseline:   serde (derive), serde_json, hmac, sha2, base64
# Usage: benches/build-cost.sh [rounds]   (needs crates.io or a warm cargo cache)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
cargo new -q --vcs none baseline
cargo new -q --vcs none dependent
(cd baseline && cargo add -q serde --features derive && cargo add -q serde_json hmac sha2 base64 && cargo fetch -q)
(cd dependent && cargo add -q openai-webhooks --path "$repo" && cargo fetch -q)
for round in $(seq "$rounds"); do
  for crate in baseline dependent; do
    rm -rf "$crate/target"
    start=$(date +%s.%N)
    (cd "$crate" && cargo build -q)
    end=$(date +%s.%N)
    echo "round $round: $crate $(echo "$end - $start" | bc) s"
  done
done
