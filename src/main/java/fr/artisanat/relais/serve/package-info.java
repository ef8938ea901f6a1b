/**
 * The editors' preview ({@code relais serve}): a small HTTP server on 127.0.0.1 that serves the
 * last good build, a file watcher that rebuilds incrementally when content or templates change,
 * live reload over server-sent events and an error overlay. Entry point: {@link
 * fr.artisanat.relais.serve.PreviewSession}.
 */
package fr.artisanat.relais.serve;
