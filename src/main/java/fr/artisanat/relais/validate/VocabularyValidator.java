package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.PlaceWords;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.model.Vocabulary;
import fr.artisanat.relais.model.VocabularyEntry;
import fr.artisanat.relais.search.FrenchAnalyzer;
import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.YamlMap;
import fr.artisanat.relais.source.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks {@code data/vocabulary.yml}, the optional words artisans use for search:
 *
 * <pre>
 * trades:
 *   - words: [boulanger, boulangerie]
 *     beneficiaries: [artisans]
 * situations:
 *   - words: [fermé, fermeture administrative]
 *     tags: [fermeture administrative]
 * places:
 *   - territory: "81"
 *     in: dans le Tarn
 *     words: [Albi, Castres]
 * </pre>
 *
 * A trade or a situation needs words and at least one category, beneficiary or tag to lead to; ids
 * must exist; a word belongs to one entry only; a tag that no measure carries is a warning (it
 * leads nowhere yet). Self-contained: it reads the YAML nodes itself.
 */
final class VocabularyValidator {
    static final String FILE = "vocabulary";
    private static final List<String> SECTIONS = List.of("trades", "situations", "places");
    private static final List<String> ENTRY_KEYS =
            List.of("words", "categories", "beneficiaries", "tags");
    private static final List<String> PLACE_KEYS = List.of("territory", "in", "words");

    private final KnownIds categories;
    private final KnownIds beneficiaries;
    private final KnownIds territories;
    private final Diagnostics diagnostics;
    private final FrenchAnalyzer analyzer = new FrenchAnalyzer();
    private final VocabularyFields fields;

    /**
     * Words already used, as analysed terms, with how and where: one word, one meaning. Within one
     * entry, forms of the same word (« boulanger », « boulangerie ») are welcome.
     */
    private final Map<String, YamlScalar> seen = new HashMap<>();

    private final Map<String, SourcePosition> seenIn = new HashMap<>();

    VocabularyValidator(
            KnownIds categories,
            KnownIds beneficiaries,
            KnownIds territories,
            Diagnostics diagnostics) {
        this.categories = categories;
        this.beneficiaries = beneficiaries;
        this.territories = territories;
        this.diagnostics = diagnostics;
        this.fields = new VocabularyFields(diagnostics);
    }

    /**
     * @param measures the published measures, whose tags a vocabulary tag should name; empty when
     *     only some measures are known (the preview's partial rebuild), and tags are then not
     *     checked
     */
    Vocabulary validate(Map<String, SourceDocument> data, Optional<List<Measure>> measures) {
        SourceDocument doc = data.get(FILE);
        if (doc == null || doc.data() == null) {
            return Vocabulary.EMPTY;
        }
        if (!(doc.data() instanceof YamlMap root)) {
            diagnostics.error(
                    doc.data().position(),
                    "trois listes sont attendues, « trades: » (métiers), « situations: » et"
                            + " « places: » (lieux), pas "
                            + doc.data().describe()
                            + " — voir le guide des éditeurs, « Les mots des artisans »");
            return Vocabulary.EMPTY;
        }
        Optional<Set<String>> tags = measures.map(this::measureTags);
        List<VocabularyEntry> trades = List.of();
        List<VocabularyEntry> situations = List.of();
        List<PlaceWords> places = List.of();
        for (YamlMap.Entry section : root.entries()) {
            switch (section.key()) {
                case "trades" -> trades = entries(section, "métier", tags);
                case "situations" -> situations = entries(section, "situation", tags);
                case "places" -> places = places(section);
                default -> fields.unknownKey(section, SECTIONS);
            }
        }
        return new Vocabulary(trades, situations, places);
    }

    private List<VocabularyEntry> entries(
            YamlMap.Entry section, String noun, Optional<Set<String>> tags) {
        List<VocabularyEntry> out = new ArrayList<>();
        for (YamlMap map : fields.items(section, "- words: [boulanger, boulangerie]")) {
            boolean ok = fields.knownKeys(map, ENTRY_KEYS);
            Optional<List<YamlScalar>> words =
                    fields.texts(map, "words", true, "[boulanger, boulangerie]");
            List<YamlScalar> cats =
                    fields.texts(map, "categories", false, "[subventions]").orElse(null);
            List<YamlScalar> bens =
                    fields.texts(map, "beneficiaries", false, "[artisans]").orElse(null);
            List<YamlScalar> tagList =
                    fields.texts(map, "tags", false, "[fermeture administrative]").orElse(null);
            ok &= words.isPresent() && checkWords(words.get(), map.position());
            if (cats == null && bens == null && tagList == null) {
                diagnostics.error(
                        map.position(),
                        "ce "
                                + noun
                                + " ne mène à aucune mesure : indiquez au moins « categories »,"
                                + " « beneficiaries » ou « tags »");
                ok = false;
            }
            for (YamlScalar id : cats == null ? List.<YamlScalar>of() : cats) {
                ok &= categories.check(id.text(), id.position(), diagnostics);
            }
            for (YamlScalar id : bens == null ? List.<YamlScalar>of() : bens) {
                ok &= beneficiaries.check(id.text(), id.position(), diagnostics);
            }
            for (YamlScalar tag : tagList == null ? List.<YamlScalar>of() : tagList) {
                if (tags.isPresent() && !tags.get().contains(key(tag.text()))) {
                    diagnostics.warning(
                            tag.position(),
                            "« tags » : aucune mesure publiée n'a l'étiquette « "
                                    + tag.text()
                                    + " » — ce mot ne mène à rien pour l'instant ; vérifiez"
                                    + " l'orthographe des « tags » des mesures (content/measures/)");
                }
            }
            if (ok) {
                out.add(
                        new VocabularyEntry(
                                words.get().stream().map(YamlScalar::text).toList(),
                                strings(cats),
                                strings(bens),
                                strings(tagList),
                                map.position()));
            }
        }
        return out;
    }

    private List<PlaceWords> places(YamlMap.Entry section) {
        List<PlaceWords> out = new ArrayList<>();
        Set<String> described = new HashSet<>();
        for (YamlMap map : fields.items(section, "- territory: \"81\"")) {
            boolean ok = fields.knownKeys(map, PLACE_KEYS);
            Optional<YamlScalar> territory = fields.text(map, "territory", true, "\"81\"");
            Optional<YamlScalar> in = fields.text(map, "in", false, "dans le Tarn");
            Optional<List<YamlScalar>> words = fields.texts(map, "words", false, "[Albi, Castres]");
            if (territory.isPresent()) {
                YamlScalar id = territory.get();
                ok &= territories.check(id.text(), id.position(), diagnostics);
                if (!described.add(id.text())) {
                    diagnostics.error(
                            id.position(),
                            "« territory » : le territoire « "
                                    + id.text()
                                    + " » est déjà décrit plus haut — réunissez ses mots en une"
                                    + " seule entrée");
                    ok = false;
                }
            } else {
                ok = false;
            }
            if (words.isPresent()) {
                ok &= checkWords(words.get(), map.position());
            }
            if (ok) {
                out.add(
                        new PlaceWords(
                                territory.get().text(),
                                in.map(YamlScalar::text).orElse(null),
                                words.map(VocabularyValidator::strings).orElse(List.of()),
                                map.position()));
            }
        }
        return out;
    }

    /** Each word must give the search something, and mean one thing only. */
    private boolean checkWords(List<YamlScalar> words, SourcePosition entry) {
        boolean ok = true;
        for (YamlScalar word : words) {
            String key = key(word.text());
            if (key.isEmpty()) {
                diagnostics.error(
                        word.position(),
                        "« words » : « "
                                + word.text()
                                + " » ne contient que des mots que la recherche ignore (de, la,"
                                + " pour…) — écrivez un mot plus précis");
                ok = false;
                continue;
            }
            YamlScalar previous = seen.putIfAbsent(key, word);
            SourcePosition previousEntry = seenIn.putIfAbsent(key, entry);
            if (previous != null && !entry.equals(previousEntry)) {
                diagnostics.error(
                        word.position(),
                        "« words » : « "
                                + word.text()
                                + " » est le même mot pour la recherche que « "
                                + previous.text()
                                + " » (ligne "
                                + previous.position().line()
                                + ", les accents, pluriels et petits mots ne comptent pas) — un mot"
                                + " ne mène qu'à un endroit : gardez-en un seul");
                ok = false;
            }
        }
        return ok;
    }

    /** A text as the search sees it: accents, plurals and small words do not matter. */
    private String key(String text) {
        return String.join(" ", analyzer.analyze(text));
    }

    private Set<String> measureTags(List<Measure> measures) {
        Set<String> out = new HashSet<>();
        for (Measure m : measures) {
            for (String tag : m.tags()) {
                out.add(key(tag));
            }
        }
        return out;
    }

    private static List<String> strings(List<YamlScalar> scalars) {
        return scalars == null ? List.of() : scalars.stream().map(YamlScalar::text).toList();
    }
}
