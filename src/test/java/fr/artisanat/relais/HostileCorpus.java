package fr.artisanat.relais;

import java.nio.file.Path;
import java.util.List;

/**
 * Values an attacker (or a careless copy and paste) could put in the content, each of which would
 * set {@code window.__xss} or call {@code alert} if it ever ran as script, and a site that carries
 * them in every free-text field of every kind of file, and in Markdown bodies.
 */
public final class HostileCorpus {
    /** For text fields: markup, attribute break-outs, template syntax, direction overrides. */
    public static final List<String> TEXT =
            List.of(
                    "<script>window.__xss=1;alert(1)</script>",
                    "\"><img src=x onerror=\"window.__xss=2;alert(2)\">",
                    "'><svg onload=alert(3)>",
                    "<svg><script>window.__xss=4</script></svg>",
                    "</title><script>alert(5)</script>",
                    "\" autofocus onfocus=\"alert(6)\" x=\"",
                    "javascript:alert(7)",
                    "data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==",
                    "</script><script>window.__xss=9</script>",
                    "\\u003cscript\\u003ealert(10)\\u003c/script\\u003e\"); alert(10); (\"",
                    "${.now} <#assign x=1>[#ftl] {{constructor.constructor('alert(11)')()}}",
                    "Prix <b onmouseover=alert(12)>gras</b> \u200Fmarque\u200E",
                    "<iframe srcdoc=\"<script>alert(13)</script>\"></iframe>",
                    "<math><mtext><table><mglyph><style><img src=x onerror=alert(14)>",
                    "]]><!-- --><![CDATA[<script>alert(15)</script>",
                    "&lt;script&gt;alert(16)&lt;/script&gt; &#x3C;img src=x onerror=alert(16)&#x3E;");

    /** Markdown links the build refuses, each with a diagnostic at its line. */
    public static final List<String> MARKDOWN_REFUSED =
            List.of(
                    "[un lien](javascript:alert(101))",
                    "[casse](JaVaScRiPt:alert(102))",
                    "[entité](&#106;avascript:alert(103))",
                    "[données](data:text/html,<script>alert(104)</script>)",
                    "[réf][r]\n\n[r]: javascript:alert(105)",
                    "<javascript:alert(106)>",
                    "| a | b |\n|---|---|\n| x | [x](javascript:alert(107)) |",
                    "[titré](javascript:alert(108) \"titre\")",
                    "[espace]( javascript:alert(109))");

    /** Markdown and raw-HTML tricks the build publishes once made harmless. */
    public static final List<String> MARKDOWN =
            List.of(
                    "[titre](https://exemple.fr/ \"\\\" onmouseover=\\\"alert(151)\")",
                    "<a href=\"javascript:alert(152)\">brut</a>",
                    "<img src=x onerror=alert(153)>",
                    "<svg/onload=alert(154)>",
                    "<details open ontoggle=alert(155)>",
                    "<form action=\"javascript:alert(156)\"><button>Envoyer</button></form>",
                    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(157)\">",
                    "<base href=\"javascript:alert(158)//\">",
                    "<object data=\"data:text/html,<script>alert(159)</script>\"></object>",
                    "`<script>alert(160)</script>` et\n\n```html\n<script>alert(161)</script>\n```",
                    "| a | b |\n|---|---|\n| <script>alert(162)</script> | <b onclick=alert(162)>b</b> |",
                    "<style>@import 'javascript:alert(163)';</style>",
                    "<a href=\"#\" style=\"behavior:url(x)\" onclick=\"alert(164)\">clic</a>",
                    "<ScRiPt>alert(165)</sCrIpT><scr<script>ipt>alert(165)</script>",
                    "<a href=\"https://exemple.fr/\" target=\"_blank\" onclick=\"alert(166)\">ext</a>",
                    "[tab](java\tscript:alert(168))",
                    "<div><p>non fermé <script>alert(167)");

    /** Direction overrides and isolates: refused in any text field or body. */
    public static final List<String> DIRECTION =
            List.of(
                    "facture\u202Efdp.exe",
                    "\u202Bembarqué\u202C",
                    "\u202Dforcé",
                    "\u2066isolé\u2069",
                    "\u2067droite\u2069",
                    "\u2068premier\u2069");

    /** URL fields: each must be refused with a diagnostic, never published. */
    public static final List<String> URLS =
            List.of(
                    "javascript:alert(201)",
                    "JAVASCRIPT:alert(202)",
                    " javascript:alert(203)",
                    "data:text/html,<script>alert(204)</script>",
                    "vbscript:msgbox(205)",
                    "https://exemple.fr/\"><script>alert(206)</script>");

    private HostileCorpus() {}

    /**
     * How many hostile values the site of {@link #write} carries: each text value in six fields of
     * its measure, thirteen in site.yml, the data files and the page, every Markdown trick.
     */
    public static int valuesPublished() {
        return TEXT.size() * 6 + 13 + MARKDOWN.size();
    }

    /**
     * The minimal site plus one measure per hostile text value — in its title, summary, amount, tag
     * and source title, and as a paragraph of its body — a page carrying every Markdown trick, and
     * hostile names and descriptions in site.yml and every data file.
     */
    public static TestSite write(Path dir) {
        TestSite site = TestSite.minimal(dir);
        site.write(
                "content/site.yml",
                site.read("content/site.yml")
                        .replace("title: Portail d'essai", "title: " + q("Portail " + TEXT.get(0)))
                        .replace(
                                "tagline: Les aides aux artisans, en un seul endroit",
                                "tagline: " + q(TEXT.get(1))));
        site.write(
                "content/data/categories.yml",
                site.read("content/data/categories.yml")
                        .replace("name: Subventions", "name: " + q("Subventions " + TEXT.get(2)))
                        .replace(
                                "description: Des aides versées sans contrepartie de"
                                        + " remboursement.",
                                "description: " + q(TEXT.get(3))));
        site.write(
                "content/data/funders.yml",
                site.read("content/data/funders.yml")
                        .replace("name: État", "name: " + q("État " + TEXT.get(4)))
                        .replace(
                                "description: La Région finance des aides complémentaires.",
                                "description: " + q(TEXT.get(5))));
        site.write(
                "content/data/beneficiaries.yml",
                site.read("content/data/beneficiaries.yml")
                        .replace("name: Artisans", "name: " + q("Artisans " + TEXT.get(8))));
        site.write(
                "content/data/territories.yml",
                site.read("content/data/territories.yml")
                        .replace(
                                "name: Haute-Garonne",
                                "name: " + q("Haute-Garonne " + TEXT.get(9))));
        site.write(
                "content/data/chambers.yml",
                site.read("content/data/chambers.yml")
                        .replace(
                                "name: Chambre de métiers et de l'artisanat de la Haute-Garonne",
                                "name: "
                                        + q("CMA 31 " + TEXT.get(11))
                                        + "\n  address: "
                                        + q(TEXT.get(12) + "\n" + TEXT.get(13))));
        for (int i = 0; i < TEXT.size(); i++) {
            String v = TEXT.get(i);
            site.write(
                    "content/measures/hostile-" + i + ".md",
                    "---\n"
                            + "title: "
                            + q("Hostile " + i + " " + v)
                            + "\nsummary: "
                            + q("Résumé piégé " + v)
                            + "\nlevel: national\nfunders: [etat]\ncategories: [subventions]\n"
                            + "beneficiaries: [artisans]\nterritories: [\"31\"]\n"
                            + "amount: "
                            + q(v)
                            + "\nopens: 2020-03-01\ncontact: cma-31\n"
                            + "sources:\n  - title: "
                            + q(v)
                            + "\n    url: https://www.legifrance.gouv.fr/\n"
                            + "updated: 2020-04-01\ntags: ["
                            + q(v)
                            + "]\n---\n"
                            + "Paragraphe piégé : "
                            + v
                            + "\n");
        }
        StringBuilder body = new StringBuilder("Tous les pièges du Markdown.\n\n");
        for (String trick : MARKDOWN) {
            body.append(trick).append("\n\n");
        }
        site.write(
                "content/pages/pieges.md",
                "---\ntitle: "
                        + q("Pièges " + TEXT.get(6))
                        + "\nsummary: "
                        + q(TEXT.get(7))
                        + "\nupdated: 2020-04-01\n---\n"
                        + body);
        return site;
    }

    /** A YAML double-quoted scalar: any character survives, control characters as escapes. */
    public static String q(String value) {
        StringBuilder sb = new StringBuilder("\"");
        value.codePoints()
                .forEach(
                        c -> {
                            if (c == '"' || c == '\\') {
                                sb.append('\\').append((char) c);
                            } else if (c == '\n') {
                                sb.append("\\n");
                            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c > 0xffff) {
                                sb.append(String.format("\\U%08x", c));
                            } else {
                                sb.appendCodePoint(c);
                            }
                        });
        return sb.append('"').toString();
    }
}
