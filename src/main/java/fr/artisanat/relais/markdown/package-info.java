/**
 * Markdown bodies to safe HTML: GitHub-flavoured Markdown (tables, autolinks, strikethrough,
 * heading anchors) with every link handed to a resolver, so cross-references ({@code
 * autre-mesure.md}) become page links and are checked with their source line. The only package that
 * imports commonmark-java.
 */
package fr.artisanat.relais.markdown;
