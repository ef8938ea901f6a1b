#!/usr/bin/env bash
# Relais against the peers people would pick instead: Hugo (render) + Pagefind (search index) +
# html-proofer (internal links), on the same generated measures. For each N, whole processes are
# timed over RUNS runs, alternately (Relais, Hugo, Pagefind, html-proofer, then again), and the
# medians of wall time and peak memory (/usr/bin/time -f "%e %M") are printed as a table with
# ratios, and written to BENCHMARKS.md with the machine and the versions.
#
#   bench/compare.sh [N...]            default: 1000 10000 (add 100000 for the long run)
#   RUNS=3                             runs per tool (median)
#   PROOFER_RUNS=1                     html-proofer runs (minutes at 10 000 pages)
#   PEERS_MAX=10000                    above this N only Relais runs (the peers take too long)
#   RELAIS_JAVA_OPTS=-Xmx2g            passed to the launcher (set automatically for N > 10000)
#   BENCH_DIR=/tmp/relais-compare      corpora, Hugo sites and outputs
#   OUT=BENCHMARKS.md                  the report ("-" for none)
#   TABLE_ONLY=1                       no runs: table and report from the times already in BENCH_DIR
# Needs: a JDK 17+, Maven, hugo, npm (Pagefind is installed in BENCH_DIR), htmlproofer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs="${RUNS:-3}"
proofer_runs="${PROOFER_RUNS:-1}"
peers_max="${PEERS_MAX:-10000}"
work="${BENCH_DIR:-/tmp/relais-compare}"
report="${OUT:-BENCHMARKS.md}"
asof=2020-06-15
mkdir -p "$work"

if [ -z "${TABLE_ONLY:-}" ]; then
  ./relais --version >/dev/null # compiles if needed, outside the timings
  # one build of the real content/ first: it writes the class-data archive (AppCDS) later runs use
  ./relais build --out "$work/warmup-site" --as-of "$asof" >/dev/null
fi
pagefind="$work/pagefind/node_modules/.bin/pagefind"
if [ ! -x "$pagefind" ] && command -v npm >/dev/null; then
  mkdir -p "$work/pagefind"
  (cd "$work/pagefind" && npm init -y >/dev/null && npm install --no-audit --no-fund pagefind@1 >/dev/null)
fi
have() { command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; }

# time_run NAME N CMD...: runs CMD, appends "wall_s peak_kb" to $work/N/NAME.times
time_run() {
  local name=$1 n=$2
  shift 2
  local t="$work/$n/$name.last"
  if /usr/bin/time -f "%e %M" -o "$t" "$@" >"$work/$n/$name.log" 2>&1; then
    cat "$t" >>"$work/$n/$name.times"
    echo "  $name: $(cat "$t" | awk '{printf "%.2f s, %d MB", $1, $2/1024}')"
  else
    echo "  $name: FAILED (see $work/$n/$name.log)"; tail -n 3 "$work/$n/$name.log" | sed 's/^/    /'
  fi
}
median() { # column of a .times file → median
  [ -s "$1" ] || { echo "-"; return; }
  awk -v c="$2" '{print $c}' "$1" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

for n in "${sizes[@]}"; do
  [ -z "${TABLE_ONLY:-}" ] || break
  d="$work/$n"
  mkdir -p "$d"
  rm -f "$d"/*.times
  [ -d "$d/corpus/content" ] || java bench/GenerateCorpus.java "$n" "$d/corpus"
  peers=yes
  [ "$n" -le "$peers_max" ] || peers=no
  if [ $peers = yes ] && have hugo && [ ! -d "$d/hugo/content" ]; then
    java bench/HugoContent.java "$d/corpus/content" "$d/hugo"
    cp -r bench/hugo/config.yaml bench/hugo/layouts "$d/hugo/"
  fi
  opts="${RELAIS_JAVA_OPTS:-}"
  [ "$n" -le 10000 ] || opts="${RELAIS_JAVA_OPTS:--Xmx2g}"
  echo "== $n measures, $runs runs (peers: $peers)"
  for r in $(seq 1 "$runs"); do
    echo " run $r"
    rm -rf "$d/site"
    time_run relais "$n" env RELAIS_JAVA_OPTS="$opts" ./relais build --content "$d/corpus/content" \
      --out "$d/site" --as-of "$asof"
    [ $peers = yes ] || continue
    if have hugo; then
      rm -rf "$d/hugo/public"
      time_run hugo "$n" hugo --quiet --source "$d/hugo" -d "$d/hugo/public"
    fi
    if have "$pagefind" && [ -d "$d/hugo/public" ]; then
      rm -rf "$d/hugo/public/pagefind"
      time_run pagefind "$n" "$pagefind" --site "$d/hugo/public"
    fi
    if have htmlproofer && [ -d "$d/hugo/public" ] && [ "$r" -le "$proofer_runs" ]; then
      # internal links and #fragments only: no external URL, image or script check
      time_run htmlproofer "$n" htmlproofer "$d/hugo/public" --disable-external \
        --checks-to-ignore ImageCheck,ScriptCheck,OpenGraphCheck --allow-hash-href
    fi
  done
done

# ---- table
table="$work/table.md"
{
  echo "| N | Relais (all) | Hugo | Pagefind | html-proofer | Relais / Hugo | Relais / chain | Relais peak | Hugo peak | peak ratio | Relais ms per measure |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for n in "${sizes[@]}"; do
    d="$work/$n"
    rw=$(median "$d/relais.times" 1); rm=$(median "$d/relais.times" 2)
    hw=$(median "$d/hugo.times" 1); hm=$(median "$d/hugo.times" 2)
    pw=$(median "$d/pagefind.times" 1); xw=$(median "$d/htmlproofer.times" 1)
    python3 - "$n" "$rw" "$rm" "$hw" "$hm" "$pw" "$xw" <<'PY'
import sys
n, rw, rm, hw, hm, pw, xw = sys.argv[1:]
def f(x): return None if x == "-" else float(x)
rw, rm, hw, hm, pw, xw = map(f, (rw, rm, hw, hm, pw, xw))
def s(x): return "–" if x is None else f"{x:.2f} s"
def mb(x): return "–" if x is None else f"{x/1024:.0f} MB"
ratio = f"{rw/hw:.2f}" if rw and hw else "–"
chain = f"{rw/(hw+pw+xw):.3f}" if rw and hw and pw and xw else "–"
peak = f"{rm/hm:.2f}" if rm and hm else "–"
per = f"{1000*rw/int(n):.2f}" if rw else "–"
print(f"| {int(n):,} | {s(rw)} | {s(hw)} | {s(pw)} | {s(xw)} | {ratio} | {chain} | {mb(rm)} | {mb(hm)} | {peak} | {per} |".replace(",", " "))
PY
  done
} >"$table"
echo
cat "$table"

if [ "$report" != "-" ]; then
  mem=$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)
  {
    echo "# Benchmarks"
    echo
    echo "Produced by \`bench/compare.sh ${sizes[*]}\` (RUNS=$runs, PROOFER_RUNS=$proofer_runs) on $(date -u +%Y-%m-%d)."
    echo "Each cell is the median over the runs of a whole process (wall time, peak RSS from"
    echo "\`/usr/bin/time -f \"%e %M\"\`), the tools run alternately in the same run. \"chain\" is"
    echo "Hugo + Pagefind + html-proofer. Relais does everything (validation, pages, search index,"
    echo "internal link check) in its one process; its builds start from an empty output folder."
    echo
    echo "Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $mem RAM,"
    echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Versions: $(java -version 2>&1 | head -n 1); $(hugo version 2>/dev/null | cut -d' ' -f1-2 || echo 'hugo absent');"
    echo "Pagefind $("$pagefind" --version 2>/dev/null | sed 's/pagefind //' || echo absent); html-proofer $(htmlproofer --version 2>/dev/null || echo absent)."
    echo
    cat "$table"
    echo
    echo "Raw runs (wall s, peak KB):"
    echo
    for n in "${sizes[@]}"; do
      for t in relais hugo pagefind htmlproofer; do
        [ -s "$work/$n/$t.times" ] && echo "- $n $t: $(tr '\n' ';' <"$work/$n/$t.times" | sed 's/;$//; s/;/ ; /g')"
      done
    done
  } >"$report.tmp"
  mv "$report.tmp" "$report"
  echo "written: $report"
fi
