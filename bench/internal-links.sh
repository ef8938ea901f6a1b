#!/usr/bin/env bash
# Benchmark of the internal link check (issue 4, item 7): on a generated corpus of N measures,
# the median time of the whole build and of the internal check alone (same JVM, after one
# warm-up round), then html-proofer (Debian ruby-html-proofer, internal links only) on the
# same output. Run from anywhere:  bench/internal-links.sh [N=10000] [ROUNDS=3]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
n="${1:-10000}"
rounds="${2:-3}"
work="${BENCH_DIR:-/tmp/relais-bench-links-$n}"

if [ ! -d "$work/content" ]; then
  java bench/GenerateCorpus.java "$n" "$work"
fi
if [ ! -f target/relais.jar ] || [ -n "$(find src/main pom.xml -newer target/relais.jar -print -quit)" ]; then
  mvn -q -B -DskipTests -Dspotless.check.skip=true package
fi

echo "== Relais: build vs internal link check, $n measures, median of $rounds rounds"
java -Xss4m -cp target/relais.jar bench/InternalLinkBench.java "$work/content" "$rounds" "$work/out-path"
site="$(cat "$work/out-path")"
pages="$(find "$site" -name '*.html' | wc -l)"

if command -v htmlproofer >/dev/null 2>&1; then
  echo "== html-proofer $(htmlproofer --version 2>/dev/null || true), internal links only, $pages pages"
  times=()
  for i in $(seq 1 "${PROOFER_ROUNDS:-1}"); do
    start=$(date +%s.%N)
    # internal links and #fragments; external URLs, images' alt and HTML validity are not checked
    # (html-proofer 3 checks internal #fragments by default)
    # (404.html links root-absolute under the corpus's base path /portail/: map it to the root)
    htmlproofer "$site" --disable-external --empty-alt-ignore --allow-hash-href \
      --url-swap "^/portail/:/" \
      --log-level :info >"$work/htmlproofer.log" 2>&1 || true
    end=$(date +%s.%N)
    t=$(echo "($end - $start) * 1000 / 1" | bc)
    echo "round $i: html-proofer $t ms ($(tail -n 1 "$work/htmlproofer.log"))"
    times+=("$t")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "html-proofer median: $median ms"
else
  echo "html-proofer absent: apt-get install ruby-html-proofer"
fi
