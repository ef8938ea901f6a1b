package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.DateRange;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.source.YamlList;
import fr.artisanat.relais.source.YamlMap;
import fr.artisanat.relais.source.YamlNode;
import fr.artisanat.relais.source.YamlScalar;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the typed fields of one YAML map for a validator, reporting each missing, unknown or
 * mistyped field with its position and a French hint, and returning null for it so validation goes
 * on.
 */
final class FieldReader {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private final YamlMap map;
    private final Diagnostics diagnostics;
    private final List<String> known;
    private boolean failed;

    FieldReader(YamlMap map, List<String> known, Diagnostics diagnostics) {
        this.map = map;
        this.known = List.copyOf(known);
        this.diagnostics = diagnostics;
        rejectUnknownKeys();
    }

    /**
     * Checks that {@code node} is a map before reading it; reports it otherwise.
     *
     * @param what French description of what was expected, e.g. « les champs de la mesure »
     */
    static Optional<YamlMap> asMap(YamlNode node, String what, Diagnostics diagnostics) {
        if (node instanceof YamlMap m) {
            return Optional.of(m);
        }
        diagnostics.error(
                node.position(),
                what + " : des lignes « clé: valeur » sont attendues, pas " + node.describe());
        return Optional.empty();
    }

    /** True once any field of this map was reported. */
    boolean failed() {
        return failed;
    }

    SourcePosition position() {
        return map.position();
    }

    Optional<SourcePosition> positionOf(String key) {
        return map.get(key).map(YamlNode::position);
    }

    boolean has(String key) {
        return map.get(key).filter(n -> !(n instanceof YamlScalar s && s.isNull())).isPresent();
    }

    private void rejectUnknownKeys() {
        for (YamlMap.Entry entry : map.entries()) {
            if (known.contains(entry.key())) {
                continue;
            }
            Optional<String> near = Suggestions.nearest(entry.key(), known);
            error(
                    entry.keyPosition(),
                    "clé inconnue « "
                            + entry.key()
                            + " »"
                            + near.map(k -> " — vouliez-vous dire « " + k + " » ?").orElse(".")
                            + " Clés acceptées : "
                            + String.join(", ", known));
        }
    }

    /** Marks the map as invalid when the problem was already reported elsewhere. */
    void markFailed() {
        failed = true;
    }

    void error(SourcePosition at, String message) {
        failed = true;
        diagnostics.error(at, message);
    }

    /** The value node of {@code key}, or null when absent (reported if required). */
    private YamlNode node(String key, boolean required, String expected) {
        Optional<YamlNode> value = map.get(key);
        if (value.isEmpty() || value.get() instanceof YamlScalar s && s.isNull()) {
            if (required) {
                SourcePosition at =
                        map.entry(key).map(YamlMap.Entry::keyPosition).orElse(map.position());
                error(at, "champ obligatoire « " + key + " » manquant ou vide (" + expected + ")");
            }
            return null;
        }
        return value.get();
    }

    private YamlScalar scalar(String key, boolean required, String expected) {
        YamlNode node = node(key, required, expected);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlScalar s) {
            return s;
        }
        error(
                node.position(),
                "« " + key + " » : " + expected + " est attendu, pas " + node.describe());
        return null;
    }

    String text(String key, boolean required, int maxLength) {
        YamlScalar s = scalar(key, required, "un texte");
        if (s == null) {
            return null;
        }
        String value = s.text().strip();
        if (value.isEmpty()) {
            if (required) {
                error(s.position(), "« " + key + " » est vide : écrivez un texte");
            }
            return null;
        }
        if (maxLength > 0 && value.codePointCount(0, value.length()) > maxLength) {
            error(
                    s.position(),
                    "« "
                            + key
                            + " » trop long ("
                            + value.codePointCount(0, value.length())
                            + " caractères, "
                            + maxLength
                            + " au plus) : raccourcissez-le");
            return null;
        }
        if (DirectionControls.find(value) >= 0) {
            error(
                    s.position(),
                    DirectionControls.message(
                            "« " + key + " »", value, DirectionControls.find(value)));
            return null;
        }
        return value;
    }

    LocalDate date(String key, boolean required) {
        YamlScalar s = scalar(key, required, "une date AAAA-MM-JJ");
        if (s == null) {
            return null;
        }
        return parseDate(key, s.text().strip(), s.position());
    }

    private LocalDate parseDate(String key, String text, SourcePosition at) {
        Matcher m = DATE.matcher(text);
        if (!m.matches() || m.group(2).length() != 2 || m.group(3).length() != 2) {
            error(
                    at,
                    "« "
                            + key
                            + " » : date invalide « "
                            + text
                            + " » (format attendu AAAA-MM-JJ, par exemple 2020-03-31)");
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            error(
                    at,
                    "« "
                            + key
                            + " » : date invalide « "
                            + text
                            + " » (format attendu AAAA-MM-JJ : mois de 01 à 12, jour de 01 à 31)");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), month, day);
        } catch (DateTimeException e) {
            error(at, "« " + key + " » : date impossible « " + text + " » (ce jour n'existe pas)");
            return null;
        }
        if (!DateRange.contains(date)) {
            error(
                    at,
                    "« "
                            + key
                            + " » : date « "
                            + text
                            + " » hors de la plage acceptée ("
                            + DateRange.describe()
                            + ") : vérifiez l'année"
                            + (key.equals("closes")
                                    ? " ; pour une mesure sans date de fin, retirez le champ"
                                    : ""));
            return null;
        }
        return date;
    }

    Integer integer(String key, boolean required, int min, int max) {
        YamlScalar s = scalar(key, required, "un nombre entier");
        if (s == null) {
            return null;
        }
        if (s.type() != YamlScalar.Type.INT) {
            error(
                    s.position(),
                    "« " + key + " » : nombre entier attendu, pas « " + s.text() + " »");
            return null;
        }
        try {
            int value = Integer.parseInt(s.text().replace("_", ""));
            if (value < min || value > max) {
                error(
                        s.position(),
                        "« "
                                + key
                                + " » : "
                                + value
                                + " hors limites (de "
                                + min
                                + " à "
                                + max
                                + ")");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            error(
                    s.position(),
                    "« "
                            + key
                            + " » : "
                            + (s.text().matches("[+-]?[0-9_]+")
                                    ? s.text() + " hors limites (de " + min + " à " + max + ")"
                                    : "nombre entier attendu, pas « " + s.text() + " »"));
            return null;
        }
    }

    /**
     * {@code value} if {@code rule} accepts it; otherwise null, with the rule's message at the
     * key's value.
     */
    BigDecimal bounded(String key, BigDecimal value, Function<BigDecimal, Optional<String>> rule) {
        if (value == null) {
            return null;
        }
        Optional<String> problem = rule.apply(value);
        if (problem.isPresent()) {
            error(positionOf(key).orElse(map.position()), "« " + key + " » : " + problem.get());
            return null;
        }
        return value;
    }

    BigDecimal number(String key, boolean required) {
        YamlScalar s = scalar(key, required, "un nombre");
        if (s == null) {
            return null;
        }
        if (s.type() == YamlScalar.Type.INT || s.type() == YamlScalar.Type.FLOAT) {
            try {
                BigDecimal value = new BigDecimal(s.text().replace("_", ""));
                if (value.signum() < 0) {
                    error(s.position(), "« " + key + " » : un montant ne peut pas être négatif");
                    return null;
                }
                return value;
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        error(
                s.position(),
                "« "
                        + key
                        + " » : nombre attendu (en euros, sans espace ni symbole, par exemple"
                        + " 1500), pas « "
                        + s.text()
                        + " »");
        return null;
    }

    Boolean bool(String key) {
        YamlScalar s = scalar(key, false, "true ou false");
        if (s == null) {
            return null;
        }
        if (s.type() != YamlScalar.Type.BOOL) {
            error(
                    s.position(),
                    "« " + key + " » : true ou false attendu, pas « " + s.text() + " »");
            return null;
        }
        String t = s.text().toLowerCase(java.util.Locale.ROOT);
        return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
    }

    /** An absolute http(s) URL. */
    String webUrl(String key, boolean required) {
        if (required && !has(key)) {
            node(key, true, "une adresse complète https://…");
            return null;
        }
        String value = text(key, required, 0);
        Optional<String> credentials =
                value == null ? Optional.empty() : UrlCredentials.problem(value);
        if (credentials.isPresent()) {
            error(positionOf(key).orElse(map.position()), "« " + key + " » : " + credentials.get());
            return null;
        }
        if (value != null && !Urls.isWeb(value)) {
            error(
                    positionOf(key).orElse(map.position()),
                    "« "
                            + key
                            + " » : adresse invalide « "
                            + value
                            + " » — une adresse complète commençant par https:// (ou http://) est"
                            + " attendue");
            return null;
        }
        return value;
    }

    /** A list of non-empty texts; null when absent. */
    List<String> textList(String key, boolean required, String example) {
        List<YamlNode> items = list(key, required, example);
        if (items == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlScalar s
                    && !s.isNull()
                    && DirectionControls.find(s.text()) >= 0) {
                error(
                        item.position(),
                        DirectionControls.message(
                                "« " + key + " »", s.text(), DirectionControls.find(s.text())));
            } else if (item instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
                values.add(s.text().strip());
            } else {
                error(
                        item.position(),
                        "« "
                                + key
                                + " » : chaque élément doit être un texte, pas "
                                + item.describe());
            }
        }
        if (required && values.isEmpty() && !items.isEmpty()) {
            return null;
        }
        return values;
    }

    /** A list's items; a single scalar is refused with the list syntax to use. */
    List<YamlNode> list(String key, boolean required, String example) {
        YamlNode node = node(key, required, "une liste, par exemple « " + example + " »");
        if (node == null) {
            return null;
        }
        if (node instanceof YamlList l) {
            if (required && l.items().isEmpty()) {
                error(
                        node.position(),
                        "« "
                                + key
                                + " » : au moins un élément est attendu, par exemple « "
                                + example
                                + " »");
                return null;
            }
            return l.items();
        }
        error(
                node.position(),
                "« "
                        + key
                        + " » : une liste est attendue (par exemple « "
                        + example
                        + " »), pas "
                        + node.describe()
                        + (node instanceof YamlScalar s ? " « " + s.text() + " »" : ""));
        return null;
    }

    /** A nested map, or null. */
    YamlMap map(String key) {
        YamlNode node = node(key, false, "des lignes « clé: valeur »");
        if (node == null) {
            return null;
        }
        if (node instanceof YamlMap m) {
            return m;
        }
        error(
                node.position(),
                "« "
                        + key
                        + " » : des lignes « clé: valeur » sont attendues, pas "
                        + node.describe());
        return null;
    }
}
