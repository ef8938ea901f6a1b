/**
 * The portal's search: the French analyzer (the one definition of how words become index terms) and
 * the index builder, behind one entry point, {@link fr.artisanat.relais.search.SearchIndexBuilder}.
 * Inside, by role: documents and their fields ({@code IndexField}, {@code MeasureTexts}, {@code
 * DocumentTerms}), postings and their encoding ({@code PostingsBuilder}, {@code PostingList},
 * {@code Base32Varint}), scoring ({@code Bm25f}), shards ({@code ShardSplitter}) and the scripts it
 * writes ({@code MetaScript}, {@code IndexScripts}, {@code JsonText}). JDK only.
 *
 * <p><b>What is indexed: the model's rendered texts, not the rendered HTML.</b> Each measure is
 * indexed from its {@code Measure} record: title, tags, summary, the names of its taxonomy terms,
 * and the body's plain text as the Markdown renderer produced it with the page's HTML (links
 * resolved, refused HTML removed), never the raw Markdown. This is what the reader sees on the
 * measure's page, field by field, and that is why it is used instead of a marked region of the
 * page: the ranking weighs the fields differently (a word in the title counts more than in the
 * body), the facets and the open-first order need ids and dates that the HTML only carries as
 * labels, and the pages' chrome (menus, breadcrumbs, the regional line on every page) must not be
 * indexed. It also costs no HTML parsing of thousands of pages, and the preview can rebuild the
 * index from the model alone.
 *
 * <p>{@link fr.artisanat.relais.search.FrenchAnalyzer} is mirrored line for line by {@code
 * templates/assets/search-analyzer.js}, which the browser runs on the query; a test runs both over
 * the whole vocabulary and requires identical tokens.
 */
package fr.artisanat.relais.search;
