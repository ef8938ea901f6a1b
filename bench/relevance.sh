#!/usr/bin/env bash
# Relevance benchmark, Relais against Pagefind, on the real content/ and the same collection as
# SearchRelevanceBrowserTest (src/test/resources/search/relevance.tsv). The portal is built once
# (--as-of 2020-05-15); Pagefind (npm package pagefind@1, installed into BENCH_DIR) indexes the
# same built measure pages — data-pagefind-body on each measure page's article only, so both
# index the measures and nothing else — and both answer every query in one headless Chromium
# run, over one 127.0.0.1 server (Relais read on 2020-05-20, its page clock fixed). Prints
# success@1, success@3 and MRR side by side, then each query where either misses.
#   bench/relevance.sh                 BENCH_DIR=/tmp/relais-relevance by default
# Needs: a JDK 17+, Maven, npm, chromium and chromium-driver.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
work="${BENCH_DIR:-/tmp/relais-relevance}"
asof=2020-05-15
mkdir -p "$work"
./relais --version >/dev/null # compiles if needed
rm -rf "$work/site"
./relais build --out "$work/site" --as-of "$asof" >/dev/null
# Pagefind indexes the measure pages only, their article only (as Relais indexes measures): the
# templates mark measure and editorial articles with data-pagefind-body; unmark the editorial ones
find "$work/site" -name index.html ! -path "$work/site/mesures/*" -exec sed -i 's/ data-pagefind-body//' {} +
pagefind="$work/pagefind/node_modules/.bin/pagefind"
if [ ! -x "$pagefind" ]; then
  mkdir -p "$work/pagefind"
  (cd "$work/pagefind" && npm init -y >/dev/null && npm install --no-audit --no-fund pagefind@1 >/dev/null)
fi
"$pagefind" --site "$work/site" >"$work/pagefind.log" 2>&1
echo "== Pagefind $("$pagefind" --version 2>/dev/null | sed 's/pagefind //'): $(grep -o 'Indexed [0-9]* pages' "$work/pagefind.log" || echo '? pages')"
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test.cp" >/dev/null 2>&1 ||
  mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test.cp" >/dev/null
java -cp "$(cat "$work/test.cp")" bench/RelevanceBench.java "$work/site" \
  src/test/resources/search/relevance.tsv 2020-05-20
