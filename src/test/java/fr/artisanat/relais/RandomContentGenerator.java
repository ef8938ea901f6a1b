package fr.artisanat.relais;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * Random content files for {@link HostileFilesPropertyTest}: front matter and Markdown with invalid
 * UTF-8, deep nesting, huge lists, long lines and control characters. Everything comes from one
 * seeded {@link Random}, so a case is replayed exactly from its seed.
 *
 * <p>Bounds are hit more often than chance would (one draw in eight takes the minimum or the
 * maximum), because that is where parsers break.
 */
final class RandomContentGenerator {
    private static final String HOSTILE_CHARS =
            "-:[]{}#&*!|>'\"%@`,?\\ \t\n\r\u0000\u0007\u001b\u007f\u00a0"
                    + "éèàçœ€«»\u2028\u2029\ufeff\ud800\udfff"
                    + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final List<String> TOKENS =
            List.of(
                    "---",
                    "~~~",
                    "<script>alert(1)</script>",
                    "[x](javascript:alert(1))",
                    "![i](x.png)",
                    "&#0;",
                    "\\u0000",
                    "*a **b *c",
                    "| a |\n|---|\n| b |",
                    "```",
                    "<!--",
                    "[a]: <",
                    "&a;",
                    "2020-02-30",
                    "!!binary AAAA",
                    "!!java.lang.Runtime",
                    "&a [1]",
                    "*a",
                    "? complex");

    private static final List<String> KEYS =
            List.of(
                    "title",
                    "summary",
                    "level",
                    "funders",
                    "categories",
                    "beneficiaries",
                    "territories",
                    "amount",
                    "amount_max",
                    "opens",
                    "closes",
                    "status",
                    "apply_url",
                    "sources",
                    "contact",
                    "updated",
                    "reviewed",
                    "tags",
                    "draft",
                    "menu",
                    "inconnu",
                    "title");

    private static final String VALID_MEASURE =
            "---\ntitle: Aide alpha\nsummary: Une aide.\nlevel: national\nfunders: [etat]\n"
                    + "categories: [subventions]\nterritories: [france]\namount: 1 500 €\n"
                    + "sources:\n  - title: Décret\n    url: https://www.legifrance.gouv.fr/\n"
                    + "updated: 2020-04-10\ntags: [perte]\n---\n";

    private static final List<byte[]> BAD_BYTES =
            List.of(
                    new byte[] {(byte) 0xff},
                    new byte[] {(byte) 0xc3, 0x28},
                    new byte[] {(byte) 0x80},
                    new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                    new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80},
                    new byte[] {(byte) 0xe9},
                    new byte[] {0});

    private final Random random;

    RandomContentGenerator(Random random) {
        this.random = random;
    }

    // ---- Whole files -----------------------------------------------------------------------

    /** Front matter and body, now and then with bytes that are not UTF-8, or pure noise. */
    byte[] contentFile() {
        int pick = random.nextInt(9);
        if (pick < 6) {
            return wellFormedFile();
        }
        if (pick < 8) {
            byte[] bytes = wellFormedFile();
            byte[] bad = oneOf(BAD_BYTES);
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            out.write(bad, 0, bad.length);
            out.write(bytes, at, bytes.length - at);
            return out.toByteArray();
        }
        byte[] noise = new byte[between(0, 4096)];
        random.nextBytes(noise);
        return noise;
    }

    /** A valid measure with one field's value replaced by random text, and a random body. */
    String nearlyValidMeasure() {
        String key = oneOf(List.of("title", "summary", "amount", "tags", "none"));
        // Lone surrogates cannot even be written as UTF-8: contentFile() covers broken bytes.
        String quoted = HostileCorpus.q(text(120).replace("\ud800", "").replace("\udfff", ""));
        String frontMatter =
                switch (key) {
                    case "none" -> VALID_MEASURE;
                    case "tags" -> VALID_MEASURE.replace("[perte]", "[" + quoted + "]");
                    default ->
                            VALID_MEASURE.replaceFirst(
                                    "(?m)^" + key + ": .*$",
                                    Matcher.quoteReplacement(key + ": " + quoted));
                };
        return frontMatter + markdown();
    }

    /** Up to 25 lines of {@code key: value}, randomly indented or turned into list items. */
    String yaml() {
        List<String> lines =
                listOf(25, () -> oneOf(List.of("", "- ", "  ")) + oneOf(KEYS) + ": " + yamlValue());
        return String.join("\n", lines) + "\n";
    }

    private byte[] wellFormedFile() {
        String fence = oneOf(List.of("---\n", "---\r\n", "", "\ufeff---\n", "--- \n"));
        return (fence + yaml() + "---\n" + markdown()).getBytes(StandardCharsets.UTF_8);
    }

    // ---- Parts -----------------------------------------------------------------------------

    private String markdown() {
        List<String> blocks =
                listOf(
                        12,
                        () ->
                                switch (weighted(6, 1, 1, 1, 1)) {
                                    case 0 -> text(200);
                                    case 1 -> nested();
                                    case 2 -> longLine();
                                    case 3 -> "- élément\n".repeat(between(100, 20_000));
                                    default -> {
                                        int n = between(10, 5_000);
                                        yield "[".repeat(n) + "x" + "](y)".repeat(n);
                                    }
                                });
        return String.join("\n\n", blocks);
    }

    private String yamlValue() {
        return switch (weighted(5, 1, 1, 1)) {
            case 0 -> text(60);
            case 1 -> nested();
            case 2 -> hugeList();
            default -> longLine();
        };
    }

    /** Any character an editor or a broken tool could produce, hostile ones over-represented. */
    private String text(int maxLength) {
        int kind = random.nextInt(3);
        if (kind == 2) {
            return oneOf(TOKENS);
        }
        int length = between(0, maxLength);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(
                    kind == 0
                            ? (char) random.nextInt(Character.MAX_VALUE + 1)
                            : HOSTILE_CHARS.charAt(random.nextInt(HOSTILE_CHARS.length())));
        }
        return sb.toString();
    }

    private String nested() {
        int depth = between(1, 3000);
        String open = oneOf(List.of("[", "{a: ", "- ", "> ", "* ", "  "));
        String close =
                switch (open) {
                    case "[" -> "]".repeat(depth);
                    case "{a: " -> "1" + "}".repeat(depth);
                    default -> "x";
                };
        return open.repeat(depth) + close;
    }

    private String hugeList() {
        int n = between(100, 50_000);
        return random.nextBoolean() ? "[" + "etat, ".repeat(n) + "etat]" : "\n  - etat".repeat(n);
    }

    private String longLine() {
        return oneOf(List.of("a", "*", "[", "<", "`", "_", "\\", "é", " "))
                .repeat(between(10_000, 400_000));
    }

    // ---- Draws -----------------------------------------------------------------------------

    /** A number in {@code [min, max]}, the bounds themselves drawn one time in eight. */
    private int between(int min, int max) {
        return switch (random.nextInt(16)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + random.nextInt(max - min + 1);
        };
    }

    private <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The index of a weight, drawn in proportion to the weights. */
    private int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; ; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
    }

    private List<String> listOf(int maxSize, Supplier<String> element) {
        int size = between(0, maxSize);
        List<String> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }
}
