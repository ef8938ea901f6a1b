package fr.artisanat.relais.model;

/** Who pays for or runs a measure, from {@code data/funders.yml}. */
public record Funder(
        String id,
        String name,
        String description,
        String url,
        FunderKind kind,
        SourcePosition position)
        implements Term {}
