package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Situation;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.YamlList;
import fr.artisanat.relais.source.YamlMap;
import fr.artisanat.relais.source.YamlNode;
import fr.artisanat.relais.source.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Checks {@code data/situations.yml}, the optional entry points of the home page:
 *
 * <pre>
 * - id: tresorerie
 *   title: Je manque de trésorerie
 *   text: Prêts, reports de charges et d'échéances pour passer le cap.
 *   categories: [prets-et-garanties, reports-de-charges]
 *   tags: [trésorerie]
 * - id: ma-chambre
 *   title: Trouver ma chambre
 *   text: Les coordonnées de votre chambre de métiers et de l'artisanat.
 *   page: contacts
 * </pre>
 *
 * A situation lists the measures that have one of its categories, beneficiaries or tags, or that it
 * names ({@code measures}); or it opens a page of the portal ({@code page}). Ids are checked
 * against the data files, the measures and the pages; a situation that lists no published measure
 * is a warning, since the measures change more often than the situations.
 */
final class SituationValidator {
    static final String FILE = "situations";

    private static final List<String> KEYS =
            List.of(
                    "id",
                    "title",
                    "text",
                    "categories",
                    "beneficiaries",
                    "tags",
                    "measures",
                    "page");

    private static final List<String> FILTERS =
            List.of("categories", "beneficiaries", "tags", "measures");

    /** The page a situation may open besides the editorial pages. */
    static final String CONTACTS = "contacts";

    private final KnownIds categories;
    private final KnownIds beneficiaries;
    private final Set<String> measureSlugs;
    private final Set<String> pageSlugs;
    private final Diagnostics diagnostics;

    SituationValidator(
            KnownIds categories,
            KnownIds beneficiaries,
            Set<String> measureSlugs,
            Set<String> pageSlugs,
            Diagnostics diagnostics) {
        this.categories = categories;
        this.beneficiaries = beneficiaries;
        this.measureSlugs = Set.copyOf(measureSlugs);
        this.pageSlugs = Set.copyOf(pageSlugs);
        this.diagnostics = diagnostics;
    }

    List<Situation> validate(Map<String, SourceDocument> data) {
        SourceDocument doc = data.get(FILE);
        List<Situation> situations = new ArrayList<>();
        if (doc == null) {
            return situations;
        }
        if (!(doc.data() instanceof YamlList list)) {
            diagnostics.error(
                    doc.data().position(),
                    "une liste de situations est attendue (chaque situation commence par « - id:"
                            + " … »), pas "
                            + doc.data().describe());
            return situations;
        }
        Map<String, SourcePosition> ids = new HashMap<>();
        for (YamlNode item : list.items()) {
            FieldReader.asMap(item, "situation", diagnostics)
                    .flatMap(map -> situation(map, ids))
                    .ifPresent(situations::add);
        }
        return situations;
    }

    private Optional<Situation> situation(YamlMap map, Map<String, SourcePosition> ids) {
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
                            + ") — chaque situation a son propre id, qui fait son adresse");
        }
        String title = f.text("title", true, 80);
        String text = f.text("text", true, 200);
        List<String> cats = ids(f, "categories", "[prets-et-garanties]", this::knownCategory);
        List<String> bens = ids(f, "beneficiaries", "[travailleurs-independants]", this::knownBen);
        List<String> tags = f.textList("tags", false, "[trésorerie, loyer]");
        List<String> measures = ids(f, "measures", "[pret-garanti-etat]", this::knownMeasure);
        String page = f.text("page", false, 0);
        SourcePosition pageAt = f.positionOf("page").orElse(f.position());
        boolean filtered = FILTERS.stream().anyMatch(f::has);
        if (page != null && filtered) {
            f.error(
                    pageAt,
                    "« page » ouvre une page du portail au lieu d'une liste de mesures : retirez"
                            + " « page », ou retirez "
                            + String.join(", ", FILTERS.stream().filter(f::has).toList()));
        } else if (page != null && !page.equals(CONTACTS) && !pageSlugs.contains(page)) {
            String near =
                    Suggestions.nearest(page, pageTargets())
                            .map(s -> " — vouliez-vous dire « " + s + " » ?")
                            .orElse("");
            f.error(
                    pageAt,
                    "« page » : « "
                            + page
                            + " » introuvable — écrivez « contacts » ou le nom d'un fichier de"
                            + " content/pages/ sans « .md »"
                            + near);
        } else if (page == null && !filtered && !f.has("page")) {
            f.error(
                    f.position(),
                    "situation « "
                            + (title == null ? id : title)
                            + " » : indiquez ce qu'elle ouvre — des catégories (« categories »),"
                            + " des publics (« beneficiaries »), des mots-clés (« tags ») ou des"
                            + " mesures (« measures »), ou une page (« page: contacts »)");
        }
        if (f.failed() || id == null || title == null || text == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Situation(
                        id,
                        title,
                        text,
                        orEmpty(cats),
                        orEmpty(bens),
                        orEmpty(tags),
                        orEmpty(measures),
                        page,
                        f.position()));
    }

    /**
     * Warns about what selects nothing on the published site: a situation without any measure, a
     * tag that no measure has.
     */
    void warnUnused(List<Situation> situations, List<Measure> published) {
        Set<String> tags = new HashSet<>();
        published.forEach(m -> m.tags().forEach(t -> tags.add(t.toLowerCase(Locale.ROOT))));
        for (Situation s : situations) {
            if (s.page() != null) {
                continue;
            }
            for (String tag : s.tags()) {
                if (!tags.contains(tag)) {
                    diagnostics.warning(
                            s.position(),
                            "situation « "
                                    + s.title()
                                    + " » : aucune mesure publiée n'a le mot-clé « "
                                    + tag
                                    + " » (champ « tags » des mesures)");
                }
            }
            if (published.stream().noneMatch(s::selects)) {
                diagnostics.warning(
                        s.position(),
                        "situation « "
                                + s.title()
                                + " » : aucune mesure publiée ne correspond — sa page sera vide ;"
                                + " vérifiez ses catégories, publics, mots-clés et mesures");
            }
        }
    }

    private boolean knownCategory(String id, SourcePosition at) {
        return categories.check(id, at, diagnostics);
    }

    private boolean knownBen(String id, SourcePosition at) {
        return beneficiaries.check(id, at, diagnostics);
    }

    private boolean knownMeasure(String slug, SourcePosition at) {
        if (measureSlugs.contains(slug)) {
            return true;
        }
        String near =
                Suggestions.nearest(slug, all(measureSlugs))
                        .map(s -> " — vouliez-vous dire « " + s + " » ?")
                        .orElse("");
        diagnostics.error(
                at,
                "mesure « "
                        + slug
                        + " » introuvable (aucun fichier content/measures/"
                        + slug
                        + ".md)"
                        + near);
        return false;
    }

    /** A list of ids, each checked where it is written; null when absent or wrong. */
    private static List<String> ids(
            FieldReader f, String key, String example, BiPredicate<String, SourcePosition> known) {
        List<YamlNode> items = f.list(key, false, example);
        if (items == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
                String id = s.text().strip();
                if (known.test(id, item.position())) {
                    values.add(id);
                } else {
                    f.markFailed();
                }
            } else {
                f.error(
                        item.position(),
                        "« " + key + " » : chaque élément doit être un id, pas " + item.describe());
            }
        }
        return values;
    }

    /** What {@code page} may name: the contacts page and the editorial pages. */
    private List<String> pageTargets() {
        List<String> targets = new ArrayList<>(List.of(CONTACTS));
        targets.addAll(all(pageSlugs));
        return targets;
    }

    private static List<String> all(Set<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
