package fr.artisanat.relais.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.artisanat.relais.diagnostic.Diagnostic;
import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.BodyLink;
import fr.artisanat.relais.model.SourcePosition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCredentialsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.impots.gouv.fr/",
                "https://www.impots.gouv.fr/demande?email=a@b.fr",
                "https://example.org/chemin@avec-arobase",
                "https://example.org#ancre@x",
                "mailto:contact@cma-occitanie.fr",
                "tel:+33806803900",
            })
    void acceptsAddressesWithoutLogin(String url) {
        assertEquals(Optional.empty(), UrlCredentials.problem(url));
    }

    @Test
    void explainsWhereAnAddressWithALookAlikeLoginReallyLeads() {
        assertEquals(
                "adresse « https://www.impots.gouv.fr@evil.example/demande » refusée : ce qui"
                        + " précède « @ » (« www.impots.gouv.fr ») n'est pas le nom du site mais"
                        + " un identifiant de connexion — le lien mènerait en réalité à"
                        + " « evil.example ». Écrivez l'adresse publique du site, sans rien avant"
                        + " « @ »",
                UrlCredentials.problem("https://www.impots.gouv.fr@evil.example/demande")
                        .orElseThrow());
    }

    @Test
    void neverRepeatsThePassword() {
        String message =
                UrlCredentials.problem("https://admin:motdepasse@intranet.example/x").orElseThrow();

        assertFalse(message.contains("motdepasse"), message);
        assertTrue(message.contains("« https://admin:•••@intranet.example/x »"), message);
        assertTrue(message.contains("avec son mot de passe"), message);
    }

    @Test
    void usesTheLastAtSignAsBrowsersDo() {
        String message = UrlCredentials.problem("http://a@b@evil.example").orElseThrow();

        assertTrue(message.contains("mènerait en réalité à « evil.example »"), message);
    }

    @Test
    void findsAddressesInRawHtmlCodeAndTextAtTheirColumn() {
        Diagnostics d = new Diagnostics();
        String body =
                "Texte.\n"
                        + "<a href=\"https://u:p@a.example/\">a</a> `ftp://u@b.example/`\n"
                        + "<a href=\"https://x&#64;c.example/\">c</a> https&#58;//y&commat;d.example\n";

        assertTrue(UrlCredentials.checkBody(body, "m.md", 10, List.of(), d));

        assertEquals(
                List.of("m.md:11:10", "m.md:11:41", "m.md:12:10", "m.md:12:42"),
                d.sorted().stream().map(UrlCredentialsTest::at).toList());
        assertTrue(d.sorted().get(2).message().contains("« https://x@c.example/ »"));
    }

    @Test
    void doesNotReportALinkTwiceButReportsTheSameAddressElsewhereOnItsLine() {
        Diagnostics d = new Diagnostics();
        String url = "https://u:p@a.example/";
        String body = "[guichet](" + url + ") et <a href=\"" + url + "\">brut</a>\n";
        List<BodyLink> links = List.of(new BodyLink(url, null, new SourcePosition("m.md", 5, 1)));

        UrlCredentials.checkBody(body, "m.md", 5, links, d);

        assertEquals(
                List.of("m.md:5:47"), d.sorted().stream().map(UrlCredentialsTest::at).toList());
    }

    private static String at(Diagnostic d) {
        return d.position().file() + ":" + d.position().line() + ":" + d.position().column();
    }
}
