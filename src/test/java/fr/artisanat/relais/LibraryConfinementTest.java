package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each library stays in the one package that owns it (see STYLE.md §1). */
class LibraryConfinementTest {
    private static final Path MAIN = Path.of("src/main/java/fr/artisanat/relais");
    private static final Map<String, String> OWNERS =
            Map.of(
                    "freemarker.", "render",
                    "org.commonmark.", "markdown",
                    "org.yaml.snakeyaml.", "source",
                    "org.jsoup.", "postprocess");

    @Test
    void importsEachLibraryOnlyInItsOwnPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('\\', '/');
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("import ")) {
                        continue;
                    }
                    OWNERS.forEach(
                            (prefix, owner) -> {
                                if (line.contains(" " + prefix) && !pkg.equals(owner)) {
                                    violations.add(file + ": " + line);
                                }
                            });
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void modelAndDiagnosticUseOnlyTheJdk() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("model", "diagnostic")) {
            try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
                for (Path file : files.toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("import ")
                                && !line.startsWith("import java.")
                                && !line.startsWith("import fr.artisanat.relais.model.")
                                && !line.startsWith("import static java.")) {
                            violations.add(file + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
