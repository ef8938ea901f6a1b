package fr.artisanat.relais.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser must find what the build indexed: the query analyzer ({@code search-analyzer.js}, run
 * here under node) and {@link FrenchAnalyzer} must give the same terms for every line of the
 * portal's content and of a generated 10 000-measure corpus.
 */
class AnalyzerParityTest {
    private static final Path SCRIPT = Path.of("templates/assets/search-analyzer.js");
    private static final Path CORPUS = Path.of("target/bench-corpus-10000");

    private static final List<String> TRICKY =
            List.of(
                    "L'ÉTAT d’urgence — jusqu'au 31/12 : aujourd'hui",
                    "Œuvre, cœur, ægide, straße, naïve, Noël, ça",
                    "auto-entrepreneur ‑ micro‑entreprise -- x- -y l' d’",
                    "1 500 € HT, 10 000 salariés, 2ᵉ volet, n° 2020-371",
                    "Ἀθῆναι ΣΟΦΟΣ İstanbul ǅemal ﬁnance ℌ 𝔄𝔅 😀 emoji",
                    "boulangers-pâtissiers, bouchers-charcutiers-traiteurs",
                    // French typography: narrow no-break (U+202F) and no-break (U+00A0) spaces
                    "jusqu\u2019à 1\u202f500\u00a0€ ; 10\u00a0000\u202f000 salariés ; 4,5\u202f%",
                    "1 5000 ; 1 500-2 ; 1 500'x ; 2020 500 ; 12 345 678 9 ; 1\u00a0\u00a0500",
                    "2 500\u0301 ; 3 \u0301400 ; 7\u0301 000 ; ١٢ ٣٤٥ ; 1 ٥٠٠",
                    // decomposed accents, as some editors paste them
                    "E\u0301tat cafe\u0301-cre\u0300me \u0301-abc l'\u0301e\u0301tat x\u0301 \u0301 a-\u0301");

    @TempDir Path tmp;

    @Test
    void browserAndBuildGiveTheSameTermsForTheWholeVocabulary()
            throws IOException, InterruptedException {
        assumeTrue(
                nodeAvailable() || System.getenv("CI") != null,
                "node introuvable : installez nodejs pour vérifier que la recherche du navigateur"
                        + " analyse les mots comme l'index");
        Set<String> lines = new TreeSet<>(TRICKY);
        collectLines(Path.of("content"), lines);
        collectLines(generatedCorpus(), lines);
        List<String> inputs = new ArrayList<>(lines);
        Path in = tmp.resolve("in.txt");
        Files.write(in, inputs, StandardCharsets.UTF_8);
        Path runner = tmp.resolve("run.js");
        Files.writeString(
                runner,
                "const a = require(process.argv[2]);\n"
                        + "const fs = require('fs');\n"
                        + "const lines = fs.readFileSync(process.argv[3], 'utf8').split('\\n');\n"
                        + "if (lines[lines.length - 1] === '') lines.pop();\n"
                        + "fs.writeFileSync(process.argv[4], lines.map(l => a.analyze(l).join(' ')).join('\\n') + '\\n');\n");
        Path out = tmp.resolve("out.txt");
        Process p =
                new ProcessBuilder(
                                "node",
                                runner.toString(),
                                SCRIPT.toAbsolutePath().toString(),
                                in.toString(),
                                out.toString())
                        .redirectErrorStream(true)
                        .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node too slow");
        assertEquals(0, p.exitValue(), log);

        List<String> js = Files.readAllLines(out, StandardCharsets.UTF_8);
        FrenchAnalyzer analyzer = new FrenchAnalyzer();
        assertEquals(inputs.size(), js.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String java = String.join(" ", analyzer.analyze(inputs.get(i)));
            if (!java.equals(js.get(i))) {
                differences.add(inputs.get(i) + "\n  java: " + java + "\n  js:   " + js.get(i));
            }
        }
        assertTrue(inputs.size() > 1000, "vocabulary too small: " + inputs.size());
        assertEquals(
                List.of(),
                differences.subList(0, Math.min(20, differences.size())),
                differences.size() + " differing lines of " + inputs.size());
    }

    /** The bench corpus, generated once into target/ and reused by later runs. */
    private static Path generatedCorpus() throws IOException, InterruptedException {
        Path content = CORPUS.resolve("content");
        if (!Files.isDirectory(content.resolve("measures"))) {
            Process p =
                    new ProcessBuilder(
                                    javaBinary(),
                                    "bench/GenerateCorpus.java",
                                    "10000",
                                    CORPUS.toString())
                            .redirectErrorStream(true)
                            .start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "corpus generation too slow");
            assertEquals(0, p.exitValue(), log);
        }
        return content;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void collectLines(Path dir, Set<String> lines) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
            }
        }
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
