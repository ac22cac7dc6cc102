#!/usr/bin/env bash
# Downstream build cost: clean debug builds of empty binaries, timed alternately.
#   baseline:    serde (derive), serde_json, hmac, sha2, base64
#   floor:       baseline + this crate's build-dependencies (typify ...), empty build.rs
#   dependent:   openai-webhooks (this checkout, default features)
#   no-default:  openai-webhooks (this checkout, --no-default-features: without `http`)
#   against-N:   openai-webhooks at DIR (another checkout of this crate), default features
# Usage: benches/build-cost.sh [--against DIR]... [rounds]   (default: 2 rounds)
# Needs crates.io or a warm cargo cache, and bc.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
against=()
while [[ "${1:-}" == "--against" ]]; do
  against+=("$(cd "$2" && pwd)")
  shift 2
done
rounds="${1:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for crate in baseline floor dependent no-default; do
  cargo new -q --vcs none "$crate"
done
for crate in baseline floor; do
  (cd "$crate" && cargo add -q serde --features derive && cargo add -q serde_json hmac sha2 base64)
done
(
  cd floor
  # This crate's [build-dependencies] section, as it is.
  sed -n '/^\[build-dependencies\]/,/^\[/{/^\[dev-dependencies\]/d;p}' "$repo/Cargo.toml" >>Cargo.toml
  echo 'fn main() {}' >build.rs
)
(cd dependent && cargo add -q openai-webhooks --path "$repo")
(cd no-default && cargo add -q openai-webhooks --path "$repo" --no-default-features)
crates=(baseline floor dependent no-default)
for i in "${!against[@]}"; do
  cargo new -q --vcs none "against-$i"
  (cd "against-$i" && cargo add -q openai-webhooks --path "${against[$i]}")
  crates+=("against-$i")
  echo "against-$i: ${against[$i]}"
done
for crate in "${crates[@]}"; do
  (cd "$crate" && cargo fetch -q)
done
build() { (cd "$1" && cargo build -q); }
# Wall time, and CPU time (user + system, all processes): the CPU time moves much less when
# other builds share the machine.
timed() {
  local label="$1" t real user sys
  shift
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" >"$work/log" 2>&1; } 2>&1 ) || { cat "$work/log"; exit 1; }
  read -r real user sys <<<"$t"
  echo "$label: wall $real s, cpu $(echo "$user + $sys" | bc) s"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
  for crate in "${crates[@]}"; do
    rm -rf "$crate/target"
    timed "round $round: $crate" build "$crate"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
