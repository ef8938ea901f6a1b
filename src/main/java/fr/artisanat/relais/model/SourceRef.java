package fr.artisanat.relais.model;

/** An official reference of a measure (decree, official page). */
public record SourceRef(String title, String url, SourcePosition position) {}
