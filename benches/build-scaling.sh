#!/usr/bin/env bash
# How the crate's own build grows with the number of events in the spec.
#
# Copies the crate into a scratch directory and gives it specs with N events each: the
# vendored spec's events first, then the nine of xtask/tests/fixtures/newer-events.json
# (upstream's structure), then renamed copies of all of them (`batch.cancelled.copy1`, ...).
# Each measurement touches the spec and times `cargo build --lib` of that copy: the build
# script's run plus the library's compile (debug, not incremental). The counts are timed
# alternately, round after round, because the machine is shared.
#
# Usage: benches/build-scaling.sh [--against DIR]... [rounds] [event counts...]
#   (default: 3 rounds, 1 16 25 40 events). With --against, the checkout at DIR (another
#   version of this crate) is copied and timed too, alternating with this one.
# Needs jq and bc. Nothing in spec/ changes.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
checkouts=("$repo")
while [[ "${1:-}" == "--against" ]]; do
  checkouts+=("$(cd "$2" && pwd)")
  shift 2
done
rounds="${1:-3}"
shift || true
counts=("${@:-}")
[[ -z "${counts[0]}" ]] && counts=(1 16 25 40)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for i in "${!checkouts[@]}"; do
  mkdir -p "$work/crate-$i"
  cp -r "${checkouts[$i]}"/{build.rs,src,spec,examples,benches,tests,README.md,Cargo.lock} "$work/crate-$i/"
  # A workspace of its own: the copy has no xtask or cli.
  sed 's/^members = .*/members = ["."]/' "${checkouts[$i]}/Cargo.toml" >"$work/crate-$i/Cargo.toml"
done

# The spec with the first $1 events of: spec, fixture, then numbered copies of both.
spec_with() {
  jq --argjson n "$1" --slurpfile extra "$repo/xtask/tests/fixtures/newer-events.json" '
    (.webhooks += $extra[0].webhooks | .components.schemas += $extra[0].components.schemas)
    as $all
    | ($all.webhooks | to_entries) as $base
    | [range(0; $n) as $i
       | ($i / ($base | length) | floor) as $copy
       | $base[$i % ($base | length)] as $e
       | ($e.value.post.requestBody.content["application/json"].schema["$ref"]
          | ltrimstr("#/components/schemas/")) as $schema
       | if $copy == 0 then
           {key: $e.key, hook: $e.value, schema: $schema, body: $all.components.schemas[$schema]}
         else
           {key: "\($e.key)_copy\($copy)", schema: "\($schema)Copy\($copy)",
            hook: ($e.value
              | .post.requestBody.content["application/json"].schema["$ref"]
                  = "#/components/schemas/\($schema)Copy\($copy)"),
            body: ($all.components.schemas[$schema]
              | .properties.type.enum = [.properties.type.enum[0] + ".copy\($copy)"])}
         end] as $events
    | $all
    | .webhooks = ($events | map({key, value: .hook}) | from_entries)
    | .components.schemas = ($events | map({key: .schema, value: .body}) | from_entries)
  ' "$repo/spec/openapi.webhooks.json"
}

for n in "${counts[@]}"; do
  spec_with "$n" >"$work/spec-$n.json"
done

export CARGO_INCREMENTAL=0
build() { (cd "$work/crate-$1" && CARGO_TARGET_DIR="$work/target-$1" cargo build -q --lib); }
# Wall time, and CPU time (user + system, all processes): the CPU time moves much less when
# other builds share the machine.
timed() {
  local label="$1" t real user sys
  shift
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" >"$work/log" 2>&1; } 2>&1 ) || { cat "$work/log"; exit 1; }
  read -r real user sys <<<"$t"
  echo "$label: wall $real s, cpu $(echo "$user + $sys" | bc) s"
}
for i in "${!checkouts[@]}"; do
  build "$i"
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do
  for n in "${counts[@]}"; do
    for i in "${!checkouts[@]}"; do
      cp "$work/spec-$n.json" "$work/crate-$i/spec/openapi.webhooks.json"
      timed "round $round: ${checkouts[$i]} $n events" build "$i"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
