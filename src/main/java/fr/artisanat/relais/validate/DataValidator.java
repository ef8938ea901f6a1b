package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.Beneficiary;
import fr.artisanat.relais.model.Category;
import fr.artisanat.relais.model.Chamber;
import fr.artisanat.relais.model.Funder;
import fr.artisanat.relais.model.FunderKind;
import fr.artisanat.relais.model.SiteBuilder;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.model.Territory;
import fr.artisanat.relais.model.TerritoryKind;
import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.YamlList;
import fr.artisanat.relais.source.YamlMap;
import fr.artisanat.relais.source.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the data files (lists of {@code id}/{@code name} entries) and turns them into terms and
 * chambers, reporting duplicates, bad ids and references between data files.
 */
final class DataValidator {
    private final Map<String, SourceDocument> data;
    private final Diagnostics diagnostics;

    /** Well-formed ids of each file, even of entries with other errors, to check references. */
    private final Map<String, List<String>> defined = new HashMap<>();

    /** Files missing or not a list: already reported, so references to them are not checked. */
    private final Set<String> unusable = new HashSet<>();

    DataValidator(Map<String, SourceDocument> data, Diagnostics diagnostics) {
        this.data = data;
        this.diagnostics = diagnostics;
    }

    /** What an entry of one data file becomes. */
    @FunctionalInterface
    private interface EntryFactory<T> {
        T create(String id, String name, FieldReader fields, SourcePosition at);
    }

    List<Category> categories() {
        return entries(
                "categories",
                List.of("id", "name", "description"),
                (id, name, f, at) -> new Category(id, name, f.text("description", false, 600), at));
    }

    List<Beneficiary> beneficiaries() {
        return entries(
                "beneficiaries",
                List.of("id", "name", "description"),
                (id, name, f, at) ->
                        new Beneficiary(id, name, f.text("description", false, 600), at));
    }

    List<Funder> funders() {
        return entries(
                "funders",
                List.of("id", "name", "description", "url", "kind"),
                (id, name, f, at) -> {
                    String description = f.text("description", false, 600);
                    String url = f.webUrl("url", false);
                    FunderKind kind =
                            enumField(f, "kind", FunderKind::fromCode, codes(FunderKind.values()));
                    return new Funder(id, name, description, url, kind, at);
                });
    }

    List<Territory> territories() {
        Map<String, SourcePosition> parentAt = new HashMap<>();
        List<Territory> territories =
                entries(
                        "territories",
                        List.of("id", "name", "description", "kind", "parent"),
                        (id, name, f, at) -> {
                            TerritoryKind kind =
                                    enumField(
                                            f,
                                            "kind",
                                            TerritoryKind::fromCode,
                                            codes(TerritoryKind.values()));
                            f.positionOf("parent").ifPresent(p -> parentAt.put(id, p));
                            return new Territory(
                                    id,
                                    name,
                                    f.text("description", false, 600),
                                    kind,
                                    f.text("parent", false, 0),
                                    at);
                        });
        KnownIds known = ids("territories");
        Map<String, String> parents = new HashMap<>();
        for (Territory t : territories) {
            if (t.parent() == null) {
                continue;
            }
            if (known.check(t.parent(), parentAt.getOrDefault(t.id(), t.position()), diagnostics)) {
                parents.put(t.id(), t.parent());
            }
        }
        for (Territory t : territories) {
            if (inCycle(t.id(), parents)) {
                diagnostics.error(
                        parentAt.getOrDefault(t.id(), t.position()),
                        "territoire « "
                                + t.id()
                                + " » : ses « parent » forment une boucle ("
                                + t.id()
                                + " → "
                                + String.join(" → ", SiteBuilder.ancestors(t.id(), parents))
                                + " → "
                                + t.id()
                                + ") — un territoire ne peut pas se contenir lui-même");
            }
        }
        return territories;
    }

    List<Chamber> chambers(KnownIds territories) {
        return entries(
                "chambers",
                List.of("id", "name", "territory", "url", "email", "phone", "address"),
                (id, name, f, at) -> {
                    String territory = f.text("territory", false, 0);
                    if (territory != null
                            && !territories.check(
                                    territory, f.positionOf("territory").orElse(at), diagnostics)) {
                        territory = null;
                    }
                    String email = f.text("email", false, 0);
                    if (email != null && !Urls.isEmail(email)) {
                        f.error(
                                f.positionOf("email").orElse(at),
                                "« email » : adresse électronique invalide « "
                                        + email
                                        + " » (par exemple contact@exemple.fr)");
                        email = null;
                    }
                    String phone = f.text("phone", false, 40);
                    if (phone != null && !Urls.isTel("tel:" + phone)) {
                        f.error(
                                f.positionOf("phone").orElse(at),
                                "« phone » : numéro invalide « "
                                        + phone
                                        + " » (par exemple 05 61 00 00 00)");
                        phone = null;
                    }
                    return new Chamber(
                            id,
                            name,
                            territory,
                            f.webUrl("url", false),
                            email,
                            phone,
                            f.text("address", false, 300),
                            at);
                });
    }

    /** The ids {@code file} defines; call after the method that reads that file. */
    KnownIds ids(String file) {
        String path =
                Optional.ofNullable(data.get(file))
                        .map(SourceDocument::path)
                        .orElse("content/data/" + file + ".yml");
        return new KnownIds(
                path,
                noun(file),
                file.equals("categories") || file.equals("chambers"),
                !unusable.contains(file),
                defined.getOrDefault(file, List.of()));
    }

    private static String noun(String file) {
        return switch (file) {
            case "categories" -> "catégorie";
            case "funders" -> "financeur";
            case "beneficiaries" -> "bénéficiaire";
            case "territories" -> "territoire";
            case "chambers" -> "chambre";
            default -> "id";
        };
    }

    private <E extends Enum<E>> E enumField(
            FieldReader f,
            String key,
            java.util.function.Function<String, Optional<E>> parse,
            List<String> allowed) {
        String code = f.text(key, false, 0);
        if (code == null) {
            return null;
        }
        Optional<E> value = parse.apply(code);
        if (value.isEmpty()) {
            Optional<String> near =
                    Suggestions.nearest(code, allowed)
                            .map(s -> " — vouliez-vous dire « " + s + " » ?");
            f.error(
                    f.positionOf(key).orElse(f.position()),
                    "« "
                            + key
                            + " » : valeur « "
                            + code
                            + " » inconnue"
                            + near.orElse(".")
                            + " Valeurs possibles : "
                            + String.join(", ", allowed));
        }
        return value.orElse(null);
    }

    static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private <T> List<T> entries(String file, List<String> keys, EntryFactory<T> factory) {
        SourceDocument doc = data.get(file);
        List<T> result = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        defined.put(file, ids);
        if (doc == null) {
            unusable.add(file);
            return result;
        }
        if (!(doc.data() instanceof YamlList list)) {
            unusable.add(file);
            diagnostics.error(
                    doc.data().position(),
                    "une liste d'entrées est attendue (chaque entrée commence par « - id: … »),"
                            + " pas "
                            + doc.data().describe());
            return result;
        }
        Map<String, SourcePosition> seen = new HashMap<>();
        for (YamlNode item : list.items()) {
            Optional<YamlMap> map = FieldReader.asMap(item, "entrée de " + file, diagnostics);
            if (map.isEmpty()) {
                continue;
            }
            FieldReader f = new FieldReader(map.get(), keys, diagnostics);
            String id = id(f);
            String name = f.text("name", true, 200);
            if (id == null) {
                continue;
            }
            SourcePosition at = f.positionOf("id").orElse(map.get().position());
            SourcePosition previous = seen.putIfAbsent(id, at);
            if (previous != null) {
                diagnostics.error(
                        at,
                        "id « "
                                + id
                                + " » en double (déjà défini ligne "
                                + previous.line()
                                + ") : chaque id doit être unique dans le fichier");
                continue;
            }
            ids.add(id);
            T entry = factory.create(id, name, f, at);
            if (!f.failed()) {
                result.add(entry);
            }
        }
        return result;
    }

    private String id(FieldReader f) {
        if (!f.has("id")) {
            f.text("id", true, 0);
            return null;
        }
        String id = f.text("id", true, 0);
        if (id == null) {
            return null;
        }
        if (!Slugs.isId(id)) {
            f.error(
                    f.positionOf("id").orElse(f.position()),
                    "id invalide « "
                            + id
                            + " » : minuscules sans accent, chiffres et tirets simples"
                            + " uniquement (ou un numéro de département comme « 09 ») —"
                            + " par exemple « "
                            + Slugs.suggest(id)
                            + " »");
            return null;
        }
        return id;
    }

    private static boolean inCycle(String id, Map<String, String> parents) {
        String current = parents.get(id);
        for (int steps = 0; current != null && steps <= parents.size(); steps++) {
            if (current.equals(id)) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }
}
