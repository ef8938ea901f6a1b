package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.markdown.LinkResolver;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the links of one body: a cross-reference ({@code pret-rebond.md#montant}) becomes a
 * relative link to that measure's or page's file, web, {@code mailto:} and {@code tel:} links are
 * kept, and anything else is reported where it was written.
 */
final class BodyLinkResolver implements LinkResolver {
    private final String root;
    private final Set<String> measures;
    private final Set<String> drafts;
    private final Set<String> pages;
    private final Diagnostics diagnostics;

    /**
     * @param pagePath root-relative path of the page the body is rendered into
     * @param measures slugs of every measure, drafts included
     * @param drafts slugs of the drafts left out of this build
     */
    BodyLinkResolver(
            String pagePath,
            Set<String> measures,
            Set<String> drafts,
            Set<String> pages,
            Diagnostics diagnostics) {
        this.root = SitePaths.rootOf(pagePath);
        this.measures = measures;
        this.drafts = drafts;
        this.pages = pages;
        this.diagnostics = diagnostics;
    }

    @Override
    public void unrenderable(SourcePosition at, String reason) {
        diagnostics.error(at, reason);
    }

    @Override
    public String resolve(String destination, boolean image, SourcePosition at) {
        String dest = destination.strip();
        if (image) {
            diagnostics.error(
                    at,
                    "image « "
                            + dest
                            + " » : les images ne sont pas acceptées dans le texte (le portail"
                            + " reste léger et lisible sur mobile) — décrivez-la en texte ou"
                            + " mettez un lien vers le document");
            return null;
        }
        if (dest.isEmpty()) {
            diagnostics.error(at, "lien sans adresse : indiquez la cible entre parenthèses");
            return null;
        }
        if (dest.startsWith("#")) {
            return dest;
        }
        String lower = dest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            Optional<String> credentials = UrlCredentials.problem(dest);
            if (credentials.isPresent()) {
                diagnostics.error(at, "lien : " + credentials.get());
                return null;
            }
            if (!Urls.isWeb(dest)) {
                diagnostics.error(at, "lien « " + dest + " » : adresse web invalide");
                return null;
            }
            return dest;
        }
        if (lower.startsWith("mailto:")) {
            return check(Urls.isMailto(dest), dest, at, "adresse électronique invalide");
        }
        if (lower.startsWith("tel:")) {
            return check(
                    Urls.isTel(dest), dest, at, "numéro invalide (par exemple tel:+33806803900)");
        }
        if (Urls.hasScheme(dest)) {
            diagnostics.error(
                    at,
                    "lien « "
                            + dest
                            + " » refusé : seules les adresses http(s)://, mailto: et tel: sont"
                            + " acceptées");
            return null;
        }
        return crossReference(dest, at);
    }

    private String check(boolean ok, String dest, SourcePosition at, String problem) {
        if (!ok) {
            diagnostics.error(at, "lien « " + dest + " » : " + problem);
            return null;
        }
        return dest;
    }

    private String crossReference(String dest, SourcePosition at) {
        int hash = dest.indexOf('#');
        String path = hash < 0 ? dest : dest.substring(0, hash);
        String fragment = hash < 0 ? "" : dest.substring(hash);
        if (!path.endsWith(".md")) {
            diagnostics.error(
                    at,
                    "lien « "
                            + dest
                            + " » non reconnu : pour une autre mesure, écrivez le nom de son"
                            + " fichier (« pret-garanti-etat.md ») ; pour un site, une adresse"
                            + " complète https://…");
            return null;
        }
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        boolean toPages = path.contains("pages/");
        if (!toPages && measures.contains(name)) {
            if (drafts.contains(name)) {
                diagnostics.error(
                        at,
                        "lien vers « "
                                + dest
                                + " » : cette mesure est un brouillon (draft: true) et ne sera pas"
                                + " publiée — retirez le lien ou publiez la mesure");
                return null;
            }
            return root + SitePaths.measure(name) + fragment;
        }
        if (pages.contains(name)) {
            return root + SitePaths.page(name) + fragment;
        }
        List<String> all = new ArrayList<>(measures);
        all.addAll(pages);
        String near =
                Suggestions.nearest(name, all)
                        .map(s -> " — vouliez-vous dire « " + s + ".md » ?")
                        .orElse("");
        diagnostics.error(
                at,
                "lien vers « "
                        + dest
                        + " » : aucune mesure ni page « "
                        + name
                        + " » (content/measures/"
                        + name
                        + ".md n'existe pas)"
                        + near);
        return null;
    }
}
