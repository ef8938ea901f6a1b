package fr.artisanat.relais.model;

/** Who a measure is for, from {@code data/beneficiaries.yml}. */
public record Beneficiary(String id, String name, String description, SourcePosition position)
        implements Term {}
