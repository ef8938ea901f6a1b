package fr.artisanat.relais.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexBuilderTest {
    @TempDir Path dir;

    @Test
    void writesNumbersWithoutSeparators() {
        StringBuilder sb = new StringBuilder();
        for (int n : new int[] {0, 5, 31, 32, 40, 1023, 1024, 100_000}) {
            Base32Varint.append(sb, n);
        }
        assertEquals("05vB0B8_vBA0DBV0", sb.toString());
    }

    @Test
    void splitsLargeShardsUntilEachIsSmallOrHoldsOneTerm() {
        TestSite site = TestSite.minimal(dir);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            body.append("prefixe").append(Integer.toString(i, 36)).append(' ');
        }
        site.write("content/pages/lexique.md", "---\ntitle: Lexique\n---\n" + body + "\n");
        for (int i = 0; i < 40; i++) {
            site.write(
                    "content/measures/mesure-" + i + ".md",
                    site.read("content/measures/aide-alpha.md")
                            .replace("Aide alpha", "Aide " + i)
                            .replace("## Pour qui ?", body.substring(i * 200, i * 200 + 4000)));
        }
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> files = TestSite.snapshot(site.out().resolve("recherche/index"));
        String meta = new String(files.get("meta.js"), StandardCharsets.UTF_8);
        Matcher shards = Pattern.compile("\"shards\":\\[([^\\]]*)\\]").matcher(meta);
        assertTrue(shards.find());
        assertTrue(shards.group(1).contains("\"pre"), shards.group(1));
        files.forEach(
                (name, bytes) -> {
                    if (name.startsWith("t-")) {
                        String text = new String(bytes, StandardCharsets.UTF_8);
                        assertTrue(
                                bytes.length < ShardSplitter.SHARD_BUDGET + 2000
                                        || text.chars().filter(c -> c == ':').count() == 1,
                                name + " is " + bytes.length + " bytes");
                    }
                });
    }

    @Test
    void numbersOpenMeasuresBeforeUpcomingAndClosedOnes() {
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build().exitCode());
        String chunk = site.read("site/recherche/index/d-0.js");
        int open = chunk.indexOf("\"open\"");
        int closing = chunk.indexOf("\"closing\"");
        int upcoming = chunk.indexOf("\"upcoming\"");
        int closed = chunk.indexOf("\"closed\"");
        assertTrue(Math.max(open, closing) < upcoming && upcoming < closed, chunk);
    }

    @Test
    void marksWhereATermStandsInTheMeasuresOwnNameOnly() {
        TestSite site = TestSite.minimal(dir);
        site.write(
                "content/measures/aide-alpha.md",
                site.read("content/measures/aide-alpha.md")
                        .replace(
                                "title: Aide alpha pour les artisans",
                                "title: \"Fonds zeta — volet omega : jusqu'à 1 500 €\""));
        assertEquals(0, site.build().exitCode());
        String shards =
                String.join(
                        "",
                        TestSite.snapshot(site.out().resolve("recherche/index")).entrySet().stream()
                                .filter(e -> e.getKey().startsWith("t-"))
                                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                                .toList());
        // « Fonds zeta » is the name: 2 distinct terms, zeta not the first (code 4), measure 1;
        // « omega » is not in it
        Matcher zeta = Pattern.compile("\"zeta\":\\[[0-9.]+,\"[^\"]*\",\"14\"\\]").matcher(shards);
        assertTrue(zeta.find(), shards);
        assertTrue(Pattern.compile("\"omega\":\\[[0-9.]+,\"[^\"]*\"\\]").matcher(shards).find());
        // the amount is indexed as one number
        assertTrue(shards.contains("\"1500\":["), shards);
    }

    @Test
    void writesPlacesFillerWordsAndTheDaysStatusesChange() {
        TestSite site = TestSite.minimal(dir);
        site.write(
                "content/data/territories.yml",
                site.read("content/data/territories.yml")
                        + "- id: \"81\"\n  name: Tarn\n  kind: departement\n  parent: occitanie\n"
                        + "- id: \"82\"\n  name: Tarn-et-Garonne\n  kind: departement\n"
                        + "  parent: occitanie\n");
        site.write(
                "content/data/vocabulary.yml",
                "places:\n  - territory: \"81\"\n    in: dans le Tarn\n    words: [Albi]\n");
        assertEquals(0, site.build().exitCode());
        String meta = site.read("site/recherche/index/meta.js");
        assertTrue(meta.contains("\"dans le Tarn (81)\",[[\"tarn\"],[\"81\"],[\"albi\"]]"), meta);
        assertTrue(
                meta.contains(
                        "\": Tarn-et-Garonne (82)\",[[\"tarn\",\"garon\",\"tarnetgaron\"],"
                                + "[\"tarn\",\"garon\"],"),
                meta);
        assertTrue(!meta.contains("\": France\""), "naming the country scopes nothing");
        assertTrue(meta.contains("\"fill\":[\"aide\","), meta);
        // built 2020-04-15 (day 18367); first change on 2020-05-02 (18384), the day after the
        // Prêt bêta closes
        assertTrue(meta.contains("\"day\":[18367,18384]"), meta);
        String dates = site.read("site/recherche/index/s.js");
        assertTrue(dates.startsWith("RelaisSearch.load(\"s\",[\""), dates);
    }

    @Test
    void aStatusOverrideWithAPastClosingDateStaysOpenForTheBrowser() {
        TestSite site = TestSite.minimal(dir);
        site.write(
                "content/measures/aide-alpha.md",
                site.read("content/measures/aide-alpha.md")
                        .replace("opens: 2020-03-31\n", "")
                        .replace("closes: 2020-07-31", "closes: 2020-01-31\nstatus: open"));
        TestSite.Result result = site.build();
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(site.read("site/recherche/index/s.js").contains("o"));
    }
}
