package fr.artisanat.relais.model;

import java.util.List;

/**
 * How a territory of {@code data/territories.yml} is said, for search: « dans le Tarn », « en
 * Haute-Garonne », and other words for it (its prefecture, a common short form). Its name and its
 * number are always understood; this adds to them.
 *
 * @param territory the territory's id
 * @param in the territory with its preposition, as a sentence says it (« dans le Tarn »), or null
 * @param words other words a query may name it by
 */
public record PlaceWords(String territory, String in, List<String> words, SourcePosition position) {
    public PlaceWords {
        words = List.copyOf(words);
    }
}
