#!/usr/bin/env bash
# Search benchmark (issue 3, item 7) on a generated corpus of N measures: build time with and
# without the search index, bytes of the first query against Pagefind (npm package, run on the
# same built pages), and keystroke-to-results latency in headless Chromium.
# Needs chromium, chromium-driver and npm.  Run from anywhere:  bench/search.sh [N=10000] [ROUNDS=3]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
n="${1:-10000}"
rounds="${2:-3}"
work="${BENCH_DIR:-/tmp/relais-bench-search-$n}"
mkdir -p "$work"

if [ ! -d "$work/content" ]; then
  java bench/GenerateCorpus.java "$n" "$work"
fi
if [ ! -f target/relais.jar ] || [ -n "$(find src/main pom.xml -newer target/relais.jar -print -quit)" ]; then
  mvn -q -B -DskipTests -Dspotless.check.skip=true package
fi
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test.cp" >/dev/null
if [ ! -x "$work/pagefind/node_modules/.bin/pagefind" ]; then
  mkdir -p "$work/pagefind"
  (cd "$work/pagefind" && npm init -y >/dev/null && npm install --no-audit --no-fund pagefind@1 >/dev/null)
fi
echo "== Pagefind $("$work/pagefind/node_modules/.bin/pagefind" --version 2>/dev/null || true), $n measures, $rounds rounds"
rm -rf "$work/site"
java -Xss4m -Xmx2g -cp "target/relais.jar:$(cat "$work/test.cp")" bench/SearchBench.java \
  "$work/content" "$work" "$rounds" "$work/pagefind/node_modules/.bin/pagefind"
