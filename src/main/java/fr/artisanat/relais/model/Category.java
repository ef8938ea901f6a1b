package fr.artisanat.relais.model;

/** A kind of help (subsidy, loan, deferral…), from {@code data/categories.yml}. */
public record Category(String id, String name, String description, SourcePosition position)
        implements Term {}
