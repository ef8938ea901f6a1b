package fr.artisanat.relais.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.postprocess.HtmlSanitizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A body without raw HTML skips the jsoup sanitizer: commonmark writes it safe and accessible
 * itself ({@link AccessibleHtml}). These tests show both ways give the same page — the same
 * elements, attributes and text once parsed — on the portal's real bodies, the test sites' and
 * seeded random Markdown that uses every construct, and that raw HTML still goes through the
 * sanitizer.
 */
class SanitizerParityTest {
    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();
    private static final MarkdownRenderer FAST = new MarkdownRenderer(SANITIZER::clean);
    private static final MarkdownRenderer SANITIZED =
            MarkdownRenderer.alwaysSanitizing(SANITIZER::clean);

    /** Keeps links as written, refuses images, as the validator does. */
    private static final LinkResolver RESOLVER =
            (destination, image, at) -> image ? null : destination;

    private static final Set<String> BLOCKS =
            Set.of("body", "div", "table", "thead", "tbody", "tr", "ul", "ol", "blockquote");

    @TestFactory
    Stream<DynamicTest> realAndTestSiteBodiesRenderAlike() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/sites"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 30, "the portal's measures and the test sites' are found");
        return files.stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        file.toString(),
                                        () -> assertSamePage(body(Files.readString(file)))));
    }

    @TestFactory
    Stream<DynamicTest> randomMarkdownRendersAlike() {
        long seed = Long.getLong("relais.parity.seed", 20261126L);
        return Stream.iterate(seed, s -> s + 1)
                .limit(200)
                .map(
                        s ->
                                DynamicTest.dynamicTest(
                                        "seed " + s,
                                        () -> assertSamePage(randomMarkdown(new Random(s)))));
    }

    @Test
    void rawHtmlStillGoesThroughTheSanitizer() {
        String html =
                FAST.render(
                                "Texte <img src=x onerror=alert(1)> et <script>alert(2)</script>"
                                        + " [lien](https://www.urssaf.fr/).",
                                "f.md",
                                1,
                                RESOLVER)
                        .html();

        assertFalse(html.contains("onerror") || html.contains("<script") || html.contains("<img"));
        assertTrue(html.contains("class=\"ext\""), html);
    }

    @Test
    void markdownWithoutRawHtmlIsAccessibleWithoutTheSanitizer() {
        String html =
                new MarkdownRenderer(h -> "sanitizer called")
                        .render(
                                "[URSSAF](https://www.urssaf.fr/ \"titre\") [PGE](../pge/)\n\n"
                                        + "| A |\n|---|\n| 1 |\n\n---\n",
                                "f.md",
                                1,
                                RESOLVER)
                        .html();

        assertEquals(
                "<p><a href=\"https://www.urssaf.fr/\" title=\"titre\" class=\"ext\">URSSAF"
                        + AccessibleHtml.EXTERNAL_MARK
                        + "</a> <a href=\"../pge/\">PGE</a></p>\n"
                        + AccessibleHtml.TABLE_REGION
                        + "\n<table>\n<thead>\n<tr>\n<th>A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                        + "<td>1</td>\n</tr>\n</tbody>\n</table>\n</div>\n<hr />\n",
                html);
    }

    private static void assertSamePage(String markdown) {
        String fast = FAST.render(markdown, "f.md", 1, RESOLVER).html();
        String sanitized = SANITIZED.render(markdown, "f.md", 1, RESOLVER).html();
        assertEquals(normalized(sanitized), normalized(fast), markdown);
    }

    /** The page a browser builds, without the line breaks between block tags. */
    private static String normalized(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().getAllElements()) {
            if (BLOCKS.contains(element.tagName())) {
                for (TextNode text : element.textNodes()) {
                    if (text.isBlank()) {
                        text.remove();
                    }
                }
            }
        }
        return document.body().html();
    }

    private static String body(String file) {
        if (!file.startsWith("---")) {
            return file;
        }
        int end = file.indexOf("\n---", 3);
        return end < 0 ? file : file.substring(file.indexOf('\n', end + 1) + 1);
    }

    private static final List<String> WORDS =
            List.of(
                    "aide",
                    "l'artisan",
                    "« prêt »",
                    "’",
                    "5 000 €",
                    "a & b",
                    "x < y > z",
                    "\"cité\"",
                    "&amp;",
                    "&nbsp;",
                    "&#x27;",
                    "\u00a0",
                    "\\*",
                    "œuvre",
                    "https://www.urssaf.fr/a?b=1&c=2",
                    "contact@cma-occitanie.fr");

    private static final List<String> LINKS =
            List.of(
                    "https://www.economie.gouv.fr/plan",
                    "http://exemple.fr/a%20b?x=\"1\"&y=<2>",
                    "HTTPS://WWW.URSSAF.FR/",
                    "../pret-garanti/index.html#montant",
                    "#conditions",
                    "mailto:contact@cma.fr",
                    "tel:+33806803900",
                    "/portail/mesures/",
                    "javascript:alert(1)",
                    "fichier.pdf");

    private static String randomMarkdown(Random random) {
        StringBuilder md = new StringBuilder();
        int blocks = 1 + random.nextInt(8);
        for (int b = 0; b < blocks; b++) {
            switch (random.nextInt(9)) {
                case 0 ->
                        md.append("#".repeat(1 + random.nextInt(4)))
                                .append(' ')
                                .append(inline(random))
                                .append("\n\n");
                case 1 -> {
                    String marker = random.nextBoolean() ? "- " : (1 + random.nextInt(5)) + ". ";
                    for (int i = 0; i < 1 + random.nextInt(4); i++) {
                        md.append(marker).append(inline(random)).append('\n');
                        if (random.nextInt(4) == 0) {
                            md.append("  - ").append(inline(random)).append('\n');
                        }
                    }
                    md.append('\n');
                }
                case 2 -> {
                    int columns = 1 + random.nextInt(3);
                    String[] aligns = {"---", ":--", "--:", ":-:"};
                    md.append('|');
                    for (int c = 0; c < columns; c++) {
                        md.append(' ').append(inline(random).replace("|", "/")).append(" |");
                    }
                    md.append("\n|");
                    for (int c = 0; c < columns; c++) {
                        md.append(aligns[random.nextInt(4)]).append('|');
                    }
                    md.append('\n');
                    for (int r = 0; r < random.nextInt(4); r++) {
                        md.append('|');
                        for (int c = 0; c < columns; c++) {
                            md.append(' ').append(inline(random).replace("|", "/")).append(" |");
                        }
                        md.append('\n');
                    }
                    md.append('\n');
                }
                case 3 -> md.append("> ").append(inline(random)).append("\n\n");
                case 4 ->
                        md.append("```")
                                .append(random.nextBoolean() ? "java" : "")
                                .append('\n')
                                .append(inline(random))
                                .append("\n```\n\n");
                case 5 -> md.append(random.nextBoolean() ? "---" : "***").append("\n\n");
                case 6 ->
                        md.append("    code <b> & ")
                                .append(WORDS.get(random.nextInt(WORDS.size())))
                                .append("\n\n");
                default -> md.append(inline(random)).append("\n\n");
            }
        }
        return md.toString();
    }

    private static String inline(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            switch (random.nextInt(8)) {
                case 0 -> text.append('*').append(word).append('*');
                case 1 -> text.append("**").append(word).append("**");
                case 2 -> text.append("~~").append(word).append("~~");
                case 3 -> text.append('`').append(word).append('`');
                case 4 -> {
                    text.append('[')
                            .append(word)
                            .append("](<")
                            .append(LINKS.get(random.nextInt(LINKS.size())))
                            .append('>');
                    if (random.nextBoolean()) {
                        text.append(" \"").append(word.replace("\"", "")).append('"');
                    }
                    text.append(')');
                }
                case 5 -> text.append('<').append(LINKS.get(random.nextInt(3))).append('>');
                case 6 -> text.append("  \n");
                default -> text.append(word);
            }
            text.append(' ');
        }
        return text.toString().strip();
    }
}
