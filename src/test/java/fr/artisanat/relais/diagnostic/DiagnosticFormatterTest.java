package fr.artisanat.relais.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.artisanat.relais.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticFormatterTest {

    private static SourcePosition at(String file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    @Test
    void printsNothingWithoutDiagnostics() {
        assertEquals("", new DiagnosticFormatter().format(new Diagnostics()));
    }

    @Test
    void sortsByFileThenLineThenColumn() {
        Diagnostics d = new Diagnostics();
        d.error(at("content/site.yml", 4, 11), "d");
        d.warning(at("content/measures/b.md", 12, 0), "c");
        d.error(at("content/measures/b.md", 3, 9), "b2");
        d.error(at("content/measures/b.md", 3, 2), "b1");
        d.error(at("content/measures/a.md", 40, 1), "a");
        d.error(SourcePosition.ofFile("content/data/funders.yml"), "z");

        assertEquals(
                "content/data/funders.yml: erreur : z\n"
                        + "content/measures/a.md:40:1: erreur : a\n"
                        + "content/measures/b.md:3:2: erreur : b1\n"
                        + "content/measures/b.md:3:9: erreur : b2\n"
                        + "content/measures/b.md:12: avertissement : c\n"
                        + "content/site.yml:4:11: erreur : d\n"
                        + "5 erreurs, 1 avertissement dans 4 fichiers\n",
                new DiagnosticFormatter().format(d));
    }

    @Test
    void sortsLineNumbersAsNumbers() {
        Diagnostics d = new Diagnostics();
        d.error(at("a.md", 10, 0), "dix");
        d.error(at("a.md", 9, 0), "neuf");

        assertEquals(
                "a.md:9: erreur : neuf\na.md:10: erreur : dix\n2 erreurs, 0 avertissement dans 1 fichier\n",
                new DiagnosticFormatter().format(d));
    }

    @Test
    void capsTheListAndSaysHowManyWereLeftOut() {
        Diagnostics d = new Diagnostics();
        for (int i = 1; i <= 53; i++) {
            d.error(at("content/measures/m.md", i, 0), "problème " + i);
        }

        String report = new DiagnosticFormatter().format(d);
        List<String> lines = report.lines().toList();

        assertEquals(52, lines.size());
        assertEquals("content/measures/m.md:50: erreur : problème 50", lines.get(49));
        assertEquals(
                "… 3 autres problèmes non affichés (corrigez les premiers puis relancez)",
                lines.get(50));
        assertEquals("53 erreurs, 0 avertissement dans 1 fichier", lines.get(51));
    }

    @Test
    void saysOneOtherProblemInTheSingular() {
        Diagnostics d = new Diagnostics();
        d.error(at("a.md", 1, 0), "un");
        d.warning(at("b.md", 1, 0), "deux");

        assertEquals(
                "a.md:1: erreur : un\n"
                        + "… 1 autre problème non affiché (corrigez les premiers puis relancez)\n"
                        + "1 erreur, 1 avertissement dans 2 fichiers\n",
                new DiagnosticFormatter(1).format(d));
    }

    @Test
    void writesFrenchPluralsInTheSummary() {
        assertEquals(
                "1 erreur, 0 avertissement dans 1 fichier",
                DiagnosticFormatter.summary(
                        List.of(new Diagnostic(Severity.ERROR, at("a.md", 1, 0), "x"))));
        assertEquals(
                "0 erreur, 2 avertissements dans 2 fichiers",
                DiagnosticFormatter.summary(
                        List.of(
                                new Diagnostic(Severity.WARNING, at("a.md", 1, 0), "x"),
                                new Diagnostic(Severity.WARNING, at("b.md", 1, 0), "y"))));
        assertEquals(
                "0 erreur, 0 avertissement dans 0 fichier", DiagnosticFormatter.summary(List.of()));
    }

    @Test
    void formatsOneDiagnosticWithTheKnownPartsOfItsPosition() {
        assertEquals(
                "content/measures/pge.md:7:3: erreur : x",
                new Diagnostic(Severity.ERROR, at("content/measures/pge.md", 7, 3), "x").format());
        assertEquals(
                "content/measures/pge.md:7: avertissement : x",
                new Diagnostic(Severity.WARNING, at("content/measures/pge.md", 7, 0), "x")
                        .format());
        assertEquals(
                "content/site.yml: erreur : x",
                new Diagnostic(Severity.ERROR, SourcePosition.ofFile("content/site.yml"), "x")
                        .format());
    }
}
