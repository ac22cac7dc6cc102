#!/usr/bin/env bash
# Downstream build cost: clean debug builds of empty binaries, timed alternately.
#   baseline:    serde (derive), serde_json, hmac, sha2, base64
#   floor:       baseline + this crate's build-dependencies (typify ...), empty build.rs
#   dependent:   openai-webhooks (this checkout, default features)
#   no-default:  openai-webhooks (this checkout, --no-default-features: without `http`)
#   against-N:   openai-webhooks at DIR (another checkout of this crate), default features
# Usage: benches/build-cost.sh [--against DIR]... [rounds]   (default: 2 rounds)
# After the rounds: the CPU time of each compiled crate in one more build of floor and
# dependent (rustc and its linker, through RUSTC_WRAPPER), and of this crate's build script
# run on its own.
# Needs crates.io or a warm cargo cache, bc and GNU time (/usr/bin/time).
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

# Where the difference between floor and dependent goes, crate by crate.
printf '%s\n' '#!/usr/bin/env bash' 'name=?' 'args=("$@")' \
  'for ((i = 1; i < ${#args[@]}; i++)); do' \
  '  [[ "${args[$i]}" == "--crate-name" ]] && name="${args[$((i + 1))]}"' \
  'done' \
  'exec /usr/bin/time -f "$name %U %S" -a -o "$RUSTC_CPU_LOG" "$@"' >"$work/rustc-cpu"
chmod +x "$work/rustc-cpu"
for crate in floor dependent; do
  rm -rf "$crate/target"
  (cd "$crate" && RUSTC_WRAPPER="$work/rustc-cpu" RUSTC_CPU_LOG="$work/$crate.cpu" cargo build -q)
done
echo "CPU per crate, floor -> dependent (s; all compiles of a crate, host and target; build_script_build is every crate's build script):"
awk 'NF == 3 && $2 ~ /^[0-9.]+$/ { cpu[FILENAME, $1] += $2 + $3; names[$1] = 1 }
  END {
    for (n in names) {
      f = cpu[ARGV[1], n] + 0; d = cpu[ARGV[2], n] + 0
      if (d - f >= 0.05 || f - d >= 0.05) printf "  %+6.2f  %-26s %6.2f -> %6.2f\n", d - f, n, f, d
    }
  }' "$work/floor.cpu" "$work/dependent.cpu" | sort -gr
script=$(ls dependent/target/debug/build/openai-webhooks-*/build-script-build)
mkdir -p "$work/out"
t=$( { TIMEFORMAT='%U %S'; time OUT_DIR="$work/out" CARGO_MANIFEST_DIR="$repo" "$script" >/dev/null; } 2>&1 )
read -r user sys <<<"$t"
echo "  build script run, alone: cpu $(echo "$user + $sys" | bc) s"
