/**
 * French text analysis for the portal's search: the one definition of how words become index terms.
 * {@link fr.artisanat.relais.search.FrenchAnalyzer} is mirrored line for line by {@code
 * templates/assets/search-analyzer.js}, which the browser runs on the query; a test runs both over
 * the whole vocabulary and requires identical tokens. JDK only.
 */
package fr.artisanat.relais.search;
