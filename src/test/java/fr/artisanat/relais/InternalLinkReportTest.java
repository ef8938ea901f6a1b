package fr.artisanat.relais;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a broken internal link reaches the editor: at the content line, as they wrote it. */
class InternalLinkReportTest {
    @TempDir Path dir;

    @Test
    void reportsMissingAnchorAtTheMarkdownLineWithTheDestinationAsWritten() {
        TestSite site = TestSite.minimal(dir);
        String alpha = site.read("content/measures/aide-alpha.md");
        site.write(
                "content/measures/aide-alpha.md",
                alpha.replace("(pret-beta.md#montant)", "(pret-beta.md#montants-maximums)"));
        int line = lineOf(alpha, "(pret-beta.md#montant)");

        TestSite.Result result = site.build();

        assertEquals(1, result.exitCode(), result.err());
        assertEquals(
                "content/measures/aide-alpha.md:"
                        + line
                        + ":"
                        + column(alpha, "[le prêt bêta]")
                        + ": erreur : lien vers « pret-beta.md#montants-maximums » : ancre"
                        + " introuvable\n",
                result.diagnostics());
    }

    @Test
    void acceptsAnchorsOfHeadingsInTheTargetMeasure() {
        TestSite.Result result = TestSite.minimal(dir).build();

        assertEquals(0, result.exitCode(), result.err());
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    private static int column(String text, String needle) {
        int at = text.indexOf(needle);
        return at - text.lastIndexOf('\n', at);
    }
}
