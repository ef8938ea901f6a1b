#!/usr/bin/env bash
# Lighthouse (mobile) on every page kind of the real content, RUNS times each (median):
#   bench/lighthouse.sh [RUNS]      (default 3; run from the project root)
# Targets: performance >= 95, accessibility, best practices and SEO 100; exit 1 below them.
# Needs Node 20, npm and Chromium at /usr/bin/chromium. Lighthouse is pinned (12.2.3 is the
# last release that runs on Node 20) and installed on first use into bench/lighthouse/.
set -euo pipefail
runs="${1:-3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -d "$here/lighthouse/node_modules/lighthouse" ]; then
  npm ci --prefix "$here/lighthouse" --no-audit --no-fund
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# A fixed date, so the statuses (and the scores) do not move with the day of the run.
as_of=2020-05-20
./relais build --out "$out/site" --as-of "$as_of" >&2
base="$(sed -n 's|^base_url: *"\{0,1\}https\{0,1\}://[^/]*\(/[^"]*\)"\{0,1\}$|\1|p' content/site.yml)"
node "$here/lighthouse/lighthouse.mjs" "$out/site" "${base:-/}" "$runs" "$as_of" \
  accueil=index.html \
  toutes-les-mesures=mesures/index.html \
  mesure-ouverte=mesures/pret-garanti-etat/index.html \
  mesure-close=mesures/activite-partielle/index.html \
  situation=situations/tresorerie/index.html \
  taxonomie=territoires/index.html \
  terme=categories/subventions/index.html \
  departement=territoires/31/index.html \
  contacts=contacts/index.html \
  page-editoriale=a-propos/index.html \
  recherche="recherche/index.html?q=loyer" \
  chiffres=chiffres/index.html \
  donnees-ouvertes=donnees-ouvertes/index.html \
  erreur-404=404.html
