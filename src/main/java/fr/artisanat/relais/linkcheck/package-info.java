/**
 * {@code relais check}'s external half: every distinct web address the content cites (sources,
 * {@code apply_url}, body links, funders' and chambers' sites) checked over HTTP with {@code
 * java.net.http}, politely (per-host and total connection limits, {@code Retry-After}), with a
 * cache so a CI rerun only checks new or expired links, and reports for editors and CI.
 *
 * <p>A package of its own rather than {@code postprocess}: it reads the {@code Site} model, not the
 * rendered HTML, and needs no jsoup; it owns all network access of Relais.
 */
package fr.artisanat.relais.linkcheck;
