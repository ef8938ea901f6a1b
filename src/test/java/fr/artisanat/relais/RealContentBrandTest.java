package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal speaks in the chambers' name: no page of the real content calls the portal by the
 * tool's name. The tool is credited once, in the footer.
 */
class RealContentBrandTest {
    private static final String CREDIT = "Site produit avec Relais";

    @Test
    void noPageCallsThePortalRelais(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        TestSite.Result result =
                TestSite.run(
                        List.of(
                                "build",
                                "--content",
                                "content",
                                "--templates",
                                TestSite.TEMPLATES.toString(),
                                "--out",
                                out.toString(),
                                "--as-of",
                                "2020-05-01"));
        assertEquals(0, result.exitCode(), result.err());
        TreeMap<String, String> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                page.select(".site-footer__build").remove();
                String text = page.title() + " " + page.body().text();
                // « Relais auprès des pouvoirs publics » is the chambers' role, not the tool
                String rest = text.replace("Relais auprès", "");
                if (rest.contains("Relais")) {
                    int at = rest.indexOf("Relais");
                    named.put(
                            out.relativize(file).toString(),
                            rest.substring(Math.max(0, at - 40), Math.min(rest.length(), at + 40)));
                }
                assertEquals(
                        1,
                        Jsoup.parse(file.toFile(), "UTF-8").select(".site-footer__build").stream()
                                .filter(e -> e.text().contains(CREDIT))
                                .count(),
                        "crédit de l'outil dans le pied de page de " + out.relativize(file));
            }
        }
        assertEquals(new TreeMap<String, String>(), named, "pages qui appellent le portail Relais");
    }
}
