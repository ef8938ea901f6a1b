package fr.artisanat.relais.model;

import java.util.List;

/**
 * The artisans' words for search, from {@code data/vocabulary.yml} (optional): their trades and
 * their situations, each leading to the measures' categories, beneficiaries and tags (a baker who
 * types « boulangerie fermée » means the measures open to craft businesses closed by decree), and
 * how places are said (« dans le Tarn »).
 */
public record Vocabulary(
        List<VocabularyEntry> trades, List<VocabularyEntry> situations, List<PlaceWords> places) {

    /** No vocabulary file. */
    public static final Vocabulary EMPTY = new Vocabulary(List.of(), List.of(), List.of());

    public Vocabulary {
        trades = List.copyOf(trades);
        situations = List.copyOf(situations);
        places = List.copyOf(places);
    }
}
