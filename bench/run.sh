#!/usr/bin/env bash
# Measures whole processes against the floor (YAML decoded into maps):
# wall time and peak memory, medians of alternating runs, for pairs of
# documents with N subprocessors and N revisions (1% changed, one removed,
# one added). Needs GNU time (/usr/bin/time, Debian's package "time").
#
# On a shared machine wall time follows the load; the CPU time (user +
# system) of each process is printed too.
#
#   bash bench/run.sh            # N = 1000 10000 30000, 5 runs each
#   RUNS=9 bash bench/run.sh 1000
#   WHITEPAPER=/tmp/old-whitepaper bash bench/run.sh   # another build
#   JD=$(go env GOPATH)/bin/jd bash bench/run.sh       # and jd -setkeys
#
# With JD set to a jd binary (go install github.com/josephburnett/jd/v2/jd@v2.5.0),
# the table gains a row "jd" per size: jd -yaml -setkeys=name,version on the
# same pair, the generic differ the issue compares with, against the same floor.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 30000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${WHITEPAPER:-}" ]; then
  cp "$WHITEPAPER" "$work/whitepaper"
else
  go build -o "$work/whitepaper" ./cmd/whitepaper
fi
go build -o "$work/floor" ./bench/floor

# measure CMD...: prints "seconds kilobytes cpu-seconds" of one run.
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>&1 || true
  # GNU time puts "Command exited with non-zero status N" first when a
  # command fails (a differ that found changes): read the last line.
  tail -n 1 "$work/time" | awk '{print $1, $2, $3 + $4}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '| N | command | time (s) | floor (s) | time ratio | CPU (s) | floor CPU (s) | CPU ratio | peak MiB | floor MiB | memory ratio |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
for n in "${sizes[@]}"; do
  go run ./bench/gen -n "$n" -o "$work/pair" >/dev/null
  old=$work/pair/old.yaml new=$work/pair/new.yaml
  names=("diff" "validate" "render" "fmt")
  [ -z "${JD:-}" ] || names+=("jd")
  for name in "${names[@]}"; do
    case $name in
      diff) cmd=("$work/whitepaper" diff --format json "$old" "$new"); floor=("$work/floor" "$old" "$new") ;;
      validate) cmd=("$work/whitepaper" validate "$new"); floor=("$work/floor" "$new") ;;
      render) cmd=("$work/whitepaper" render --format html "$new"); floor=("$work/floor" "$new") ;;
      fmt) cmd=("$work/whitepaper" fmt "$new"); floor=("$work/floor" "$new") ;;
      jd) cmd=("$JD" -yaml -setkeys=name,version "$old" "$new"); floor=("$work/floor" "$old" "$new") ;;
    esac
    : >"$work/t" ; : >"$work/m" ; : >"$work/c" ; : >"$work/ft" ; : >"$work/fm" ; : >"$work/fc"
    for _ in $(seq "$runs"); do
      read -r t m c < <(measure "${cmd[@]}"); echo "$t" >>"$work/t"; echo "$m" >>"$work/m"; echo "$c" >>"$work/c"
      read -r t m c < <(measure "${floor[@]}"); echo "$t" >>"$work/ft"; echo "$m" >>"$work/fm"; echo "$c" >>"$work/fc"
    done
    t=$(median <"$work/t") m=$(median <"$work/m") c=$(median <"$work/c")
    ft=$(median <"$work/ft") fm=$(median <"$work/fm") fc=$(median <"$work/fc")
    awk -v n="$n" -v cmd="$name" -v t="$t" -v m="$m" -v c="$c" -v ft="$ft" -v fm="$fm" -v fc="$fc" 'BEGIN {
      printf "| %s | %s | %.2f | %.2f | %.2f× | %.2f | %.2f | %.2f× | %.0f | %.0f | %.2f× |\n", n, cmd, t, ft, (ft > 0 ? t/ft : 0), c, fc, (fc > 0 ? c/fc : 0), m/1024, fm/1024, m/fm }'
  done
done
