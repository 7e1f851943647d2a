#!/usr/bin/env bash
# Measures whole processes against the floor (YAML decoded into maps):
# wall time and peak memory, medians of alternating runs, for pairs of
# documents with N subprocessors and N revisions (1% changed, one removed,
# one added). Needs GNU time (/usr/bin/time, Debian's package "time").
#
#   bash bench/run.sh            # N = 1000 10000 30000, 5 runs each
#   RUNS=9 bash bench/run.sh 1000
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 30000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/whitepaper" ./cmd/whitepaper
go build -o "$work/floor" ./bench/floor

# measure CMD...: prints "seconds kilobytes" of one run.
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  cat "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '| N | command | time (s) | floor (s) | time ratio | peak MiB | floor MiB | memory ratio |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  go run ./bench/gen -n "$n" -o "$work/pair" >/dev/null
  old=$work/pair/old.yaml new=$work/pair/new.yaml
  for name in "diff" "validate" "render" "fmt"; do
    case $name in
      diff) cmd=("$work/whitepaper" diff --format json "$old" "$new"); floor=("$work/floor" "$old" "$new") ;;
      validate) cmd=("$work/whitepaper" validate "$new"); floor=("$work/floor" "$new") ;;
      render) cmd=("$work/whitepaper" render --format html "$new"); floor=("$work/floor" "$new") ;;
      fmt) cmd=("$work/whitepaper" fmt "$new"); floor=("$work/floor" "$new") ;;
    esac
    : >"$work/t" ; : >"$work/m" ; : >"$work/ft" ; : >"$work/fm"
    for _ in $(seq "$runs"); do
      read -r t m < <(measure "${cmd[@]}"); echo "$t" >>"$work/t"; echo "$m" >>"$work/m"
      read -r t m < <(measure "${floor[@]}"); echo "$t" >>"$work/ft"; echo "$m" >>"$work/fm"
    done
    t=$(median <"$work/t") m=$(median <"$work/m") ft=$(median <"$work/ft") fm=$(median <"$work/fm")
    awk -v n="$n" -v c="$name" -v t="$t" -v m="$m" -v ft="$ft" -v fm="$fm" 'BEGIN {
      printf "| %s | %s | %.2f | %.2f | %.2f× | %.0f | %.0f | %.2f× |\n", n, c, t, ft, (ft > 0 ? t/ft : 0), m/1024, fm/1024, m/fm }'
  done
done
