/**
 * Checks a {@link fr.artisanat.relais.source.SourceSet} against the editors' contract and turns it
 * into the {@link fr.artisanat.relais.model.Site} model, reporting every problem it finds, in
 * French, with its file and line. Entry point: {@link fr.artisanat.relais.validate.SiteValidator}.
 */
package fr.artisanat.relais.validate;
