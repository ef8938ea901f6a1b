package fr.artisanat.relais.render;

/** One change of a measure's file, as its history shows it. See docs/templates.md. */
public record RevisionView(String date, String dateIso, String subject) {}
