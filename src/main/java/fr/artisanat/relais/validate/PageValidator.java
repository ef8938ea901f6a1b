package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.markdown.MarkdownRenderer;
import fr.artisanat.relais.model.Body;
import fr.artisanat.relais.model.Page;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.YamlMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks one {@code pages/<slug>.md} and builds its {@link Page}. */
final class PageValidator {
    static final List<String> KEYS = List.of("title", "summary", "menu", "updated");

    /** Top-level folders and files the portal itself writes: a page may not take their name. */
    static final Set<String> RESERVED =
            Set.of(
                    "mesures",
                    "categories",
                    "financeurs",
                    "territoires",
                    "beneficiaires",
                    "contacts",
                    "recherche",
                    "assets",
                    "donnees-ouvertes",
                    "chiffres",
                    "404",
                    "index",
                    "sitemap",
                    "robots",
                    "flux");

    private final MarkdownRenderer markdown;
    private final Set<String> measures;
    private final Set<String> drafts;
    private final Set<String> pages;
    private final Diagnostics diagnostics;

    PageValidator(
            MarkdownRenderer markdown,
            Set<String> measures,
            Set<String> drafts,
            Set<String> pages,
            Diagnostics diagnostics) {
        this.markdown = markdown;
        this.measures = measures;
        this.drafts = drafts;
        this.pages = pages;
        this.diagnostics = diagnostics;
    }

    Optional<Page> validate(SourceDocument doc) {
        if (RESERVED.contains(doc.name())) {
            diagnostics.error(
                    SourcePosition.ofFile(doc.path()),
                    "nom de page « "
                            + doc.name()
                            + " » réservé (le portail publie déjà une rubrique à cette adresse) :"
                            + " renommez le fichier, par exemple « "
                            + doc.name()
                            + "-infos.md »");
            return Optional.empty();
        }
        Optional<YamlMap> map = FieldReader.asMap(doc.data(), "front matter", diagnostics);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        FieldReader f = new FieldReader(map.get(), KEYS, diagnostics);
        String title = f.text("title", true, 140);
        String summary = f.text("summary", false, 400);
        Integer menu = f.integer("menu", false, 0, 1000);
        LocalDate updated = f.date("updated", false);
        Body body =
                markdown.render(
                        doc.body(),
                        doc.path(),
                        doc.bodyFirstLine(),
                        new BodyLinkResolver(
                                SitePaths.page(doc.name()), measures, drafts, pages, diagnostics));
        if (DirectionControls.checkBody(doc.body(), doc.path(), doc.bodyFirstLine(), diagnostics)) {
            f.markFailed();
        }
        if (UrlCredentials.checkBody(
                doc.body(), doc.path(), doc.bodyFirstLine(), body.links(), diagnostics)) {
            f.markFailed();
        }
        if (f.failed() || !Slugs.isSlug(doc.name())) {
            return Optional.empty();
        }
        if (body.text().isBlank()) {
            diagnostics.warning(
                    new SourcePosition(doc.path(), doc.bodyFirstLine(), 0),
                    "page vide : ajoutez du texte après le front matter");
        }
        return Optional.of(
                new Page(
                        doc.name(),
                        title,
                        summary,
                        menu,
                        updated,
                        body,
                        new SourcePosition(doc.path(), 1, 0)));
    }
}
