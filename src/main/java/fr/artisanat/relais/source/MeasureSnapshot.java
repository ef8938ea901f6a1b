package fr.artisanat.relais.source;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.ChangedField;
import fr.artisanat.relais.model.MeasureChange;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of a measure file reduced to what its page shows, so that two versions compare equal
 * when a reader could not tell them apart: YAML comments, key order, quoting, line wrapping and
 * spacing are gone, list fields are sets (their order is not a change), and the body is a digest of
 * its words.
 *
 * <pre>
 * closes: 2020-05-31   # prolongé ?        closes  → [2020-05-31]
 * funders: [region-occitanie, etat]        funders → [etat, region-occitanie]
 * </pre>
 */
record MeasureSnapshot(Map<ChangedField, List<String>> values, String updated, boolean draft) {

    private static final Set<ChangedField> SETS =
            Set.of(
                    ChangedField.FUNDERS,
                    ChangedField.CATEGORIES,
                    ChangedField.BENEFICIARIES,
                    ChangedField.TERRITORIES,
                    ChangedField.TAGS,
                    ChangedField.SOURCES);

    /** The fields whose values a change keeps for the history's wording; the others only change. */
    private static final Set<ChangedField> TEXT_ONLY =
            Set.of(ChangedField.SUMMARY, ChangedField.BODY);

    MeasureSnapshot {
        values = Map.copyOf(values);
    }

    /** The version in {@code text}, or null when it cannot be read (it is then not compared). */
    static MeasureSnapshot parse(String text, YamlReader yaml) {
        FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
        if (!split.ok()) {
            return null;
        }
        YamlNode root = yaml.read("", split.frontMatter(), 2, new Diagnostics());
        if (!(root instanceof YamlMap map)) {
            return null;
        }
        Map<ChangedField, List<String>> values = new EnumMap<>(ChangedField.class);
        for (ChangedField field : ChangedField.values()) {
            if (field == ChangedField.BODY) {
                values.put(field, List.of(digest(words(split.body()))));
                continue;
            }
            List<String> value = map.get(field.key()).map(MeasureSnapshot::texts).orElse(List.of());
            if (field == ChangedField.AMOUNT_MAX) {
                value = value.stream().map(MeasureSnapshot::number).toList();
            }
            values.put(field, SETS.contains(field) ? List.copyOf(new TreeSet<>(value)) : value);
        }
        String updated =
                map.get("updated")
                        .map(MeasureSnapshot::texts)
                        .filter(t -> t.size() == 1)
                        .map(t -> t.get(0))
                        .orElse(null);
        boolean draft =
                map.get("draft").filter(n -> n instanceof YamlScalar s && isTrue(s)).isPresent();
        return new MeasureSnapshot(values, updated, draft);
    }

    private static boolean isTrue(YamlScalar s) {
        return s.type() == YamlScalar.Type.BOOL
                && !Set.of("false", "no", "off")
                        .contains(s.text().strip().toLowerCase(Locale.ROOT));
    }

    /** What changed from this version to {@code newer}, in the order of {@link ChangedField}. */
    List<MeasureChange> changesTo(MeasureSnapshot newer) {
        List<MeasureChange> changes = new ArrayList<>();
        for (ChangedField field : ChangedField.values()) {
            List<String> before = values.get(field);
            List<String> after = newer.values.get(field);
            if (!before.equals(after)) {
                changes.add(
                        TEXT_ONLY.contains(field)
                                ? new MeasureChange(field, List.of(), List.of())
                                : new MeasureChange(field, before, after));
            }
        }
        return changes;
    }

    /**
     * A node's values as text: a scalar is one value, a list its items, a source its title and
     * address on two lines; an empty value is no value.
     */
    private static List<String> texts(YamlNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(YamlNode node, List<String> out) {
        if (node instanceof YamlScalar s) {
            if (!s.isNull() && !words(s.text()).isEmpty()) {
                out.add(words(s.text()));
            }
        } else if (node instanceof YamlList list) {
            list.items().forEach(item -> collect(item, out));
        } else if (node instanceof YamlMap map) {
            String title =
                    map.get("title")
                            .map(MeasureSnapshot::texts)
                            .map(MeasureSnapshot::joined)
                            .orElse("");
            String url =
                    map.get("url")
                            .map(MeasureSnapshot::texts)
                            .map(MeasureSnapshot::joined)
                            .orElse("");
            out.add(title + "\n" + url);
        }
    }

    private static String joined(List<String> texts) {
        return String.join(" ", texts);
    }

    /**
     * The text with every run of spaces and line breaks made one space: rewrapping is no change.
     */
    private static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code 23000}, {@code 23000.0} and {@code 23_000} are one amount. */
    private static String number(String text) {
        try {
            return new BigDecimal(text.replace("_", "").replace(" ", ""))
                    .stripTrailingZeros()
                    .toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
