#!/usr/bin/env bash
# Rebuild latency of `relais serve` on a generated 10 000-measure corpus, beside `hugo server`
# (Debian's hugo package) on the same measures. Run from the repository root after
# `mvn -q -B -DskipTests package`. Uses /tmp/relais-serve-bench.
set -euo pipefail
N=${N:-10000}
RUNS=${RUNS:-15}
dir=/tmp/relais-serve-bench
rm -rf "$dir" && mkdir -p "$dir"
java bench/GenerateCorpus.java "$N" "$dir/relais"
cp -r templates "$dir/relais/"
java bench/ServeLatency.java "$dir/relais" "$RUNS" body
java bench/ServeLatency.java "$dir/relais" "$RUNS" title
if command -v hugo >/dev/null; then
  mkdir -p "$dir/hugo/content" "$dir/hugo/layouts/_default"
  cp -r "$dir/relais/content/measures" "$dir/hugo/content/"
  cat > "$dir/hugo/config.toml" <<'TOML'
baseURL = "http://127.0.0.1/"
languageCode = "fr"
title = "Relais (comparaison Hugo)"
disableKinds = ["RSS"]
[taxonomies]
  category = "categories"
  tag = "tags"
  funder = "funders"
  territory = "territories"
  beneficiary = "beneficiaries"
TOML
  echo '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>' > "$dir/hugo/layouts/_default/baseof.html"
  echo '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}</article>{{ end }}' > "$dir/hugo/layouts/_default/single.html"
  echo '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> — {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}' > "$dir/hugo/layouts/_default/list.html"
  cp "$dir/hugo/layouts/_default/list.html" "$dir/hugo/layouts/index.html"
  java bench/ServeLatency.java "$dir/hugo" "$RUNS" hugo-body 18766
  java bench/ServeLatency.java "$dir/hugo" "$RUNS" hugo-title 18766
else
  echo "hugo absent (apt-get install -y hugo): no comparison"
fi
