package fr.artisanat.relais.model;

import java.util.List;

/**
 * One trade or situation of {@code data/vocabulary.yml}: the words artisans type for it, and what
 * in the measures they mean.
 *
 * @param words expressions as typed (« boulangerie », « payer mes salariés »)
 * @param categories category ids it leads to
 * @param beneficiaries beneficiary ids it leads to
 * @param tags measure tags it leads to, as editors write them
 */
public record VocabularyEntry(
        List<String> words,
        List<String> categories,
        List<String> beneficiaries,
        List<String> tags,
        SourcePosition position) {

    public VocabularyEntry {
        words = List.copyOf(words);
        categories = List.copyOf(categories);
        beneficiaries = List.copyOf(beneficiaries);
        tags = List.copyOf(tags);
    }
}
