package fr.artisanat.relais.model;

/**
 * Where a measure applies, from {@code data/territories.yml}: France, the region, a département.
 * {@code parent} is the id of the enclosing territory, or null.
 */
public record Territory(
        String id,
        String name,
        String description,
        TerritoryKind kind,
        String parent,
        SourcePosition position)
        implements Term {}
