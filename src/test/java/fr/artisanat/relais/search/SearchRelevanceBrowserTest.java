package fr.artisanat.relais.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relevance benchmark: the queries of {@code search/relevance.tsv}, typed as artisans type
 * them, against the portal's real {@code content/}, in headless Chromium. It prints success@1,
 * success@3 and the mean reciprocal rank (over the first ten results) and fails under success@3
 * 0.95 or MRR 0.85.
 *
 * <p>Deterministic: the content is built with {@code --as-of 2020-05-15} and read on 2020-05-20
 * (the page's clock is fixed by {@link SearchBrowser}), so statuses, and the open-first order, do
 * not depend on the day the tests run; the reader's day being after the build day also exercises
 * the browser's recomputation of statuses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRelevanceBrowserTest {
    static final Path COLLECTION = Path.of("src/test/resources/search/relevance.tsv");
    static final String AS_OF = "2020-05-15";
    static final String READER_DAY = "2020-05-20";
    private static final double MIN_SUCCESS_AT_3 = 0.95;
    private static final double MIN_MRR = 0.85;

    private SearchBrowser browser;

    /** One query and the measures any of which must come first. */
    record Judgement(String query, List<String> expected) {}

    static List<Judgement> collection() throws IOException {
        List<Judgement> out = new ArrayList<>();
        for (String line : Files.readAllLines(COLLECTION, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            out.add(new Judgement(cells[0], List.of(cells[1].split(","))));
        }
        return out;
    }

    @BeforeAll
    void buildRealContent(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        SearchFixture.buildRealContent(out);
        browser = SearchBrowser.start(out, dir.resolve("profile"), READER_DAY);
        browser.viewport(1280, 800, false);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http", "file"})
    void rankingMeetsTheTargetsOnTheRealContent(String mode) throws IOException {
        List<Judgement> judgements = collection();
        assertTrue(judgements.size() >= 80, "at least 80 queries: " + judgements.size());
        int at1 = 0;
        int at3 = 0;
        double reciprocal = 0;
        List<String> misses = new ArrayList<>();
        for (Judgement j : judgements) {
            browser.search(mode, j.query());
            List<String> slugs = browser.slugs();
            int rank = 0;
            for (int i = 0; i < Math.min(10, slugs.size()); i++) {
                if (j.expected().contains(slugs.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            at1 += rank == 1 ? 1 : 0;
            at3 += rank >= 1 && rank <= 3 ? 1 : 0;
            reciprocal += rank == 0 ? 0 : 1.0 / rank;
            if (rank != 1) {
                misses.add(
                        String.format(
                                "  %-40s rang %s, attendu %s, obtenu %s",
                                j.query(),
                                rank == 0 ? ">10" : rank,
                                j.expected(),
                                slugs.subList(0, Math.min(3, slugs.size()))));
            }
        }
        int n = judgements.size();
        double s1 = (double) at1 / n;
        double s3 = (double) at3 / n;
        double mrr = reciprocal / n;
        System.out.printf(
                Locale.ROOT,
                "RELEVANCE %s (%d queries, content built %s, read %s): success@1 %.3f,"
                        + " success@3 %.3f, MRR %.3f%n%s%n",
                mode,
                n,
                AS_OF,
                READER_DAY,
                s1,
                s3,
                mrr,
                String.join("\n", misses));
        assertEquals(List.of(), browser.errors());
        assertTrue(
                s3 >= MIN_SUCCESS_AT_3 && mrr >= MIN_MRR,
                String.format(
                        Locale.ROOT,
                        "success@3 %.3f (at least %.2f), MRR %.3f (at least %.2f)%n%s",
                        s3,
                        MIN_SUCCESS_AT_3,
                        mrr,
                        MIN_MRR,
                        String.join("\n", misses)));
    }
}
