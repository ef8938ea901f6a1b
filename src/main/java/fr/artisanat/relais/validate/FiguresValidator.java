package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.FigureSet;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.model.SourceRef;
import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.YamlList;
import fr.artisanat.relais.source.YamlMap;
import fr.artisanat.relais.source.YamlNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks {@code data/chiffres.yml}, the optional figures of the « Chiffres » page: a list of
 * series, each with its source, in the style of the other data files:
 *
 * <pre>
 * - id: fonds-de-solidarite-aides
 *   name: Fonds de solidarité — aides versées par département
 *   unit: nombre            # or euros
 *   label: Aides versées    # heading of the values' column
 *   as_of: 2020-06-30
 *   source: {title: …, url: https://…}
 *   values:
 *     - {territory: "09", value: 9747}
 * </pre>
 */
final class FiguresValidator {
    static final String FILE = "chiffres";
    private static final List<String> KEYS =
            List.of("id", "name", "description", "unit", "label", "as_of", "source", "values");
    private static final List<String> UNITS = List.of("nombre", "euros");

    private final KnownIds territories;
    private final Diagnostics diagnostics;

    FiguresValidator(KnownIds territories, Diagnostics diagnostics) {
        this.territories = territories;
        this.diagnostics = diagnostics;
    }

    List<FigureSet> validate(Map<String, SourceDocument> data) {
        SourceDocument doc = data.get(FILE);
        List<FigureSet> sets = new ArrayList<>();
        if (doc == null) {
            return sets;
        }
        if (!(doc.data() instanceof YamlList list)) {
            diagnostics.error(
                    doc.data().position(),
                    "une liste de séries de chiffres est attendue (chaque série commence par"
                            + " « - id: … »), pas "
                            + doc.data().describe());
            return sets;
        }
        Map<String, SourcePosition> ids = new HashMap<>();
        for (YamlNode item : list.items()) {
            Optional<YamlMap> map = FieldReader.asMap(item, "série de chiffres", diagnostics);
            if (map.isPresent()) {
                series(map.get(), ids).ifPresent(sets::add);
            }
        }
        return sets;
    }

    private Optional<FigureSet> series(YamlMap map, Map<String, SourcePosition> ids) {
        FieldReader f = new FieldReader(map, KEYS, diagnostics);
        String id = f.text("id", true, 0);
        SourcePosition idAt = f.positionOf("id").orElse(f.position());
        if (id != null && !Slugs.isSlug(id)) {
            f.error(
                    idAt,
                    "« id » : « "
                            + id
                            + " » invalide (minuscules sans accent, chiffres et tirets simples)"
                            + " — par exemple « "
                            + Slugs.suggest(id)
                            + " »");
        } else if (id != null && ids.putIfAbsent(id, idAt) != null) {
            f.error(
                    idAt,
                    "id « "
                            + id
                            + " » en double (déjà utilisé ligne "
                            + ids.get(id).line()
                            + ") — chaque série a son propre id");
        }
        String name = f.text("name", true, 200);
        String description = f.text("description", false, 600);
        String unit = f.text("unit", true, 0);
        if (unit != null && !UNITS.contains(unit)) {
            f.error(
                    f.positionOf("unit").orElse(f.position()),
                    "« unit » : « "
                            + unit
                            + " » inconnu — écrivez « nombre » (un compte) ou « euros » (un"
                            + " montant)");
        }
        String label = f.text("label", true, 80);
        LocalDate asOf = f.date("as_of", true);
        SourceRef source = source(f);
        List<FigureSet.Value> values = values(f, unit);
        if (f.failed()) {
            return Optional.empty();
        }
        return Optional.of(
                new FigureSet(
                        id, name, description, unit, label, asOf, source, values, f.position()));
    }

    private SourceRef source(FieldReader f) {
        if (!f.has("source")) {
            f.error(
                    f.position(),
                    "champ obligatoire « source » manquant (d'où viennent ces chiffres : « source:"
                            + " {title: …, url: https://…} »)");
            return null;
        }
        YamlMap map = f.map("source");
        if (map == null) {
            return null;
        }
        FieldReader s = new FieldReader(map, List.of("title", "url"), diagnostics);
        String title = s.text("title", true, 300);
        String url = s.webUrl("url", true);
        if (s.failed()) {
            f.markFailed();
            return null;
        }
        return new SourceRef(title, url, map.position());
    }

    private List<FigureSet.Value> values(FieldReader f, String unit) {
        List<YamlNode> items = f.list("values", true, "[{territory: \"31\", value: 86802}]");
        List<FigureSet.Value> values = new ArrayList<>();
        if (items == null) {
            return values;
        }
        Map<String, SourcePosition> seen = new HashMap<>();
        for (YamlNode item : items) {
            Optional<YamlMap> map =
                    FieldReader.asMap(item, "« values » : chaque valeur", diagnostics);
            if (map.isEmpty()) {
                f.markFailed();
                continue;
            }
            FieldReader v = new FieldReader(map.get(), List.of("territory", "value"), diagnostics);
            String territory = v.text("territory", true, 0);
            SourcePosition at = v.positionOf("territory").orElse(v.position());
            if (territory != null && !territories.check(territory, at, diagnostics)) {
                v.markFailed();
            } else if (territory != null && seen.putIfAbsent(territory, at) != null) {
                v.error(
                        at,
                        "territoire « "
                                + territory
                                + " » en double dans cette série (déjà ligne "
                                + seen.get(territory).line()
                                + ") — une seule valeur par territoire");
            }
            BigDecimal value =
                    v.bounded(
                            "value",
                            v.number("value", true),
                            "euros".equals(unit) ? NumberBounds::total : NumberBounds::count);
            if (v.failed()) {
                f.markFailed();
            } else {
                values.add(new FigureSet.Value(territory, value));
            }
        }
        return values;
    }
}
