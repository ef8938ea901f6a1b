package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.source.YamlList;
import fr.artisanat.relais.source.YamlMap;
import fr.artisanat.relais.source.YamlNode;
import fr.artisanat.relais.source.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the shapes {@code data/vocabulary.yml} is made of (lists of entries, texts, lists of texts,
 * known keys) from the YAML nodes, reporting each wrong shape in French with its position and going
 * on. Its own, so the vocabulary's checks do not depend on how measures are read.
 */
final class VocabularyFields {
    private final Diagnostics diagnostics;

    VocabularyFields(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The maps of a section's list; anything else is reported. */
    List<YamlMap> items(YamlMap.Entry section, String example) {
        if (!(section.value() instanceof YamlList list)) {
            diagnostics.error(
                    section.value().position(),
                    "« "
                            + section.key()
                            + " » : une liste est attendue (chaque entrée commence par « "
                            + example
                            + " »), pas "
                            + section.value().describe());
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlMap map) {
                maps.add(map);
            } else {
                diagnostics.error(
                        item.position(),
                        "« "
                                + section.key()
                                + " » : chaque entrée est un ensemble de clés (« "
                                + example
                                + " »), pas "
                                + item.describe());
            }
        }
        return maps;
    }

    boolean knownKeys(YamlMap map, List<String> known) {
        boolean ok = true;
        for (YamlMap.Entry e : map.entries()) {
            if (!known.contains(e.key())) {
                unknownKey(e, known);
                ok = false;
            }
        }
        return ok;
    }

    /** The French words editors may write for the file's keys. */
    private static final Map<String, String> FRENCH_KEYS =
            Map.of(
                    "metiers", "trades",
                    "métiers", "trades",
                    "lieux", "places",
                    "mots", "words",
                    "publics", "beneficiaries",
                    "beneficiaires", "beneficiaries",
                    "bénéficiaires", "beneficiaries",
                    "etiquettes", "tags",
                    "étiquettes", "tags",
                    "territoire", "territory");

    void unknownKey(YamlMap.Entry e, List<String> known) {
        String french = FRENCH_KEYS.get(e.key().toLowerCase(java.util.Locale.ROOT));
        String near =
                (french != null && known.contains(french)
                                ? Optional.of(french)
                                : Suggestions.nearest(e.key(), known))
                        .map(s -> " — vouliez-vous dire « " + s + " » ?")
                        .orElse("");
        diagnostics.error(
                e.keyPosition(),
                "clé inconnue « "
                        + e.key()
                        + " »"
                        + near
                        + " (clés possibles : "
                        + String.join(", ", known)
                        + ")");
    }

    /** The value of {@code key}; a missing required key is reported. */
    private Optional<YamlNode> present(YamlMap map, String key, boolean required, String example) {
        Optional<YamlNode> node = map.get(key);
        if (node.isEmpty() && required) {
            diagnostics.error(
                    map.position(),
                    "champ obligatoire « "
                            + key
                            + " » manquant, par exemple « "
                            + key
                            + ": "
                            + example
                            + " »");
        }
        return node;
    }

    Optional<YamlScalar> text(YamlMap map, String key, boolean required, String example) {
        Optional<YamlNode> node = present(map, key, required, example);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
            return Optional.of(s);
        }
        diagnostics.error(
                node.get().position(),
                "« "
                        + key
                        + " » : un texte est attendu, par exemple « "
                        + key
                        + ": "
                        + example
                        + " », pas "
                        + node.get().describe());
        return Optional.empty();
    }

    Optional<List<YamlScalar>> texts(YamlMap map, String key, boolean required, String example) {
        Optional<YamlNode> node = present(map, key, required, example);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlList list && !list.items().isEmpty()) {
            List<YamlScalar> out = new ArrayList<>();
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
                    out.add(s);
                } else {
                    diagnostics.error(
                            item.position(),
                            "« "
                                    + key
                                    + " » : chaque élément est un texte, pas "
                                    + item.describe());
                }
            }
            return out.size() == list.items().size() ? Optional.of(out) : Optional.empty();
        }
        diagnostics.error(
                node.get().position(),
                "« "
                        + key
                        + " » : une liste non vide est attendue, par exemple « "
                        + key
                        + ": "
                        + example
                        + " », pas "
                        + node.get().describe());
        return Optional.empty();
    }
}
