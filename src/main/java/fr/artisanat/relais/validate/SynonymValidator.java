package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.model.SynonymGroup;
import fr.artisanat.relais.search.FrenchAnalyzer;
import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.YamlList;
import fr.artisanat.relais.source.YamlMap;
import fr.artisanat.relais.source.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks {@code data/synonyms.yml}, the optional list of expressions search treats as the same:
 *
 * <pre>
 * - terms: [chômage partiel, activité partielle]
 * - terms: [PGE, prêt garanti par l'État]
 * </pre>
 *
 * Each group needs two expressions or more, each with at least one word search can use (not only «
 * de », « la »…), and an expression belongs to one group only.
 */
final class SynonymValidator {
    static final String FILE = "synonyms";

    private final FrenchAnalyzer analyzer = new FrenchAnalyzer();

    List<SynonymGroup> validate(Map<String, SourceDocument> data, Diagnostics diagnostics) {
        SourceDocument doc = data.get(FILE);
        List<SynonymGroup> groups = new ArrayList<>();
        if (doc == null) {
            return groups;
        }
        if (!(doc.data() instanceof YamlList list)) {
            diagnostics.error(
                    doc.data().position(),
                    "une liste de groupes est attendue (chaque groupe commence par « - terms: [… ,"
                            + " …] »), pas "
                            + doc.data().describe());
            return groups;
        }
        Map<String, SourcePosition> seen = new HashMap<>();
        for (YamlNode item : list.items()) {
            Optional<YamlMap> map = FieldReader.asMap(item, "groupe de synonymes", diagnostics);
            if (map.isEmpty()) {
                continue;
            }
            FieldReader f = new FieldReader(map.get(), List.of("terms"), diagnostics);
            List<String> terms = f.textList("terms", true, "[chômage partiel, activité partielle]");
            if (terms == null) {
                continue;
            }
            SourcePosition at = f.positionOf("terms").orElse(map.get().position());
            if (terms.size() < 2) {
                f.error(
                        at,
                        "« terms » : un groupe de synonymes réunit au moins deux expressions,"
                                + " par exemple [chômage partiel, activité partielle]");
            }
            for (String term : terms) {
                String key = String.join(" ", analyzer.analyze(term));
                if (key.isEmpty()) {
                    f.error(
                            at,
                            "« terms » : « "
                                    + term
                                    + " » ne contient que des mots que la recherche ignore"
                                    + " (de, la, pour…) — écrivez une expression plus précise");
                    continue;
                }
                SourcePosition previous = seen.putIfAbsent(key, at);
                if (previous != null) {
                    f.error(
                            at,
                            "« terms » : « "
                                    + term
                                    + " » est déjà dans le groupe de la ligne "
                                    + previous.line()
                                    + " — réunissez les deux groupes en un seul");
                }
            }
            if (!f.failed()) {
                groups.add(new SynonymGroup(terms, at));
            }
        }
        return groups;
    }
}
