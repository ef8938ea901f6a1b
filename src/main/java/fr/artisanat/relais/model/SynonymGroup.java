package fr.artisanat.relais.model;

import java.util.List;

/**
 * Expressions that mean the same thing to an artisan, from {@code data/synonyms.yml}: a search for
 * one also finds measures that use another ({@code chômage partiel} ↔ {@code activité partielle}).
 */
public record SynonymGroup(List<String> expressions, SourcePosition position) {
    public SynonymGroup {
        expressions = List.copyOf(expressions);
    }
}
