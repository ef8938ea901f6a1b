package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build.json} as a publishing job reads it (the golden test pins the whole file). */
class BuildManifestTest {
    @TempDir Path dir;

    @Test
    void nextChangeFollowsTheBuildDate() {
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build("--as-of", "2020-05-01").exitCode());
        String json = site.read("site/build.json");
        assertEquals(
                """
                {
                  "generator": "Relais",
                  "build_date": "2020-05-01",
                  "measures": 4,
                  "by_status": {"open": 1, "closing": 1, "upcoming": 1, "closed": 1},
                  "next_change": "2020-05-02",
                  "next_changes": [
                    {"slug": "pret-beta", "from": "closing", "to": "closed"}
                  ]
                }
                """,
                json);
        assertEquals(0, site.build("--as-of", "2020-05-02").exitCode());
        assertEquals(
                true,
                site.read("site/build.json").contains("\"next_change\": \"2020-06-01\""),
                site.read("site/build.json"));
    }

    @Test
    void nextChangeIsNullWhenNothingWillChange() {
        // gamma-a-venir has no closing date: open for good; the others are closed
        TestSite site = TestSite.minimal(dir);
        assertEquals(0, site.build("--as-of", "2021-01-01").exitCode());
        assertEquals(
                """
                {
                  "generator": "Relais",
                  "build_date": "2021-01-01",
                  "measures": 4,
                  "by_status": {"open": 1, "closing": 0, "upcoming": 0, "closed": 3},
                  "next_change": null,
                  "next_changes": []
                }
                """,
                site.read("site/build.json"));
    }
}
