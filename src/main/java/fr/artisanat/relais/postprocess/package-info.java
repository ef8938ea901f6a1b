/**
 * Work on rendered HTML: sanitising editors' raw HTML, checking that every internal link of the
 * output resolves. The only package that imports jsoup.
 */
package fr.artisanat.relais.postprocess;
