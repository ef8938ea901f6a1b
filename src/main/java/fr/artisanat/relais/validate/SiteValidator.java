package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.markdown.MarkdownRenderer;
import fr.artisanat.relais.model.Beneficiary;
import fr.artisanat.relais.model.Category;
import fr.artisanat.relais.model.Chamber;
import fr.artisanat.relais.model.FigureSet;
import fr.artisanat.relais.model.Funder;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Page;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SiteBuilder;
import fr.artisanat.relais.model.SiteConfig;
import fr.artisanat.relais.model.Situation;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.model.SynonymGroup;
import fr.artisanat.relais.model.Territory;
import fr.artisanat.relais.model.Vocabulary;
import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.SourceSet;
import fr.artisanat.relais.source.YamlMap;
import fr.artisanat.relais.source.YamlScalar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link SourceSet} into the {@link Site} model, or reports why it cannot: every file is
 * checked even after the first error, so editors fix everything in one round.
 */
public final class SiteValidator {
    private final MarkdownRenderer markdown;

    public SiteValidator(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * @param buildDate the date statuses and staleness are computed against
     * @param includeDrafts whether drafts are published (preview) or left out
     * @return the site, or empty when any error was reported
     */
    public Optional<Site> validate(
            SourceSet sources,
            LocalDate buildDate,
            boolean includeDrafts,
            Diagnostics diagnostics) {
        SiteConfig config = SiteConfigValidator.validate(sources.site(), diagnostics);

        DataValidator data = new DataValidator(sources.data(), diagnostics);
        List<Category> categories = data.categories();
        List<Funder> funders = data.funders();
        List<Beneficiary> beneficiaries = data.beneficiaries();
        List<Territory> territories = data.territories();
        KnownIds territoryIds = data.ids("territories");
        List<Chamber> chambers = data.chambers(territoryIds);
        List<SynonymGroup> synonyms = new SynonymValidator().validate(sources.data(), diagnostics);
        List<FigureSet> figures =
                new FiguresValidator(territoryIds, diagnostics).validate(sources.data());

        Set<String> measureSlugs = new HashSet<>();
        Set<String> excludedDrafts = new HashSet<>();
        for (SourceDocument doc : sources.measures()) {
            checkSlug(doc, diagnostics);
            measureSlugs.add(doc.name());
            if (!includeDrafts && isDraft(doc)) {
                excludedDrafts.add(doc.name());
            }
        }
        Set<String> pageSlugs = new HashSet<>();
        for (SourceDocument doc : sources.pages()) {
            checkSlug(doc, diagnostics);
            pageSlugs.add(doc.name());
        }

        MeasureValidator.Context context =
                new MeasureValidator.Context(
                        data.ids("categories"),
                        data.ids("funders"),
                        data.ids("beneficiaries"),
                        territoryIds,
                        data.ids("chambers"),
                        Set.copyOf(measureSlugs),
                        Set.copyOf(excludedDrafts),
                        Set.copyOf(pageSlugs),
                        buildDate,
                        config == null
                                ? SiteConfig.DEFAULT_REVIEW_AFTER_DAYS
                                : config.reviewAfterDays(),
                        markdown,
                        lastCommits(sources));
        MeasureValidator measureValidator = new MeasureValidator(context, diagnostics);
        // Markdown rendering makes this the longest stage: measures are validated in parallel
        // (the validator and the renderer keep no state between calls), kept in file order.
        List<Measure> measures =
                sources.measures().parallelStream()
                        // unreadable: reported by the loader, its slug still resolves
                        .filter(doc -> doc.data() != null)
                        .map(measureValidator::validate)
                        .flatMap(Optional::stream)
                        .filter(m -> includeDrafts || !m.draft())
                        .toList();
        Vocabulary vocabulary =
                new VocabularyValidator(
                                data.ids("categories"),
                                data.ids("beneficiaries"),
                                territoryIds,
                                diagnostics)
                        .validate(
                                sources.data(),
                                // the preview's partial sources hold only the saved measures:
                                // whether a tag is used can only be told from all of them
                                sources.measures().stream().allMatch(d -> d.data() != null)
                                        ? Optional.of(measures)
                                        : Optional.empty());
        PageValidator pageValidator =
                new PageValidator(
                        markdown,
                        Set.copyOf(measureSlugs),
                        Set.copyOf(excludedDrafts),
                        Set.copyOf(pageSlugs),
                        diagnostics);
        List<Page> pages = new ArrayList<>();
        for (SourceDocument doc : sources.pages()) {
            if (doc.data() == null) {
                continue;
            }
            pageValidator.validate(doc).ifPresent(pages::add);
        }

        SituationValidator situationValidator =
                new SituationValidator(
                        data.ids("categories"),
                        data.ids("beneficiaries"),
                        measureSlugs,
                        pageSlugs,
                        diagnostics);
        List<Situation> situations = situationValidator.validate(sources.data());
        if (!diagnostics.hasErrors()) {
            // with errors some measures are missing, and the warnings would be wrong
            situationValidator.warnUnused(situations, measures);
        }

        if (diagnostics.hasErrors() || config == null) {
            return Optional.empty();
        }
        return Optional.of(
                SiteBuilder.build(
                                config,
                                buildDate,
                                measures,
                                pages,
                                categories,
                                funders,
                                beneficiaries,
                                territories,
                                chambers,
                                synonyms)
                        .withHistory(sources.history())
                        .withFigures(figures)
                        .withSituations(situations)
                        .withVocabulary(vocabulary));
    }

    /**
     * The day of each measure file's last change of substance in git (else the day it was added):
     * its {@code updated} when the editor left it out.
     */
    private static Map<String, LocalDate> lastCommits(SourceSet sources) {
        Map<String, LocalDate> last = new HashMap<>();
        sources.history()
                .forEach(
                        (slug, history) -> {
                            if (history.lastChange() != null) {
                                last.put(slug, history.lastChange());
                            }
                        });
        return last;
    }

    private static void checkSlug(SourceDocument doc, Diagnostics diagnostics) {
        if (!Slugs.isSlug(doc.name())) {
            diagnostics.error(
                    SourcePosition.ofFile(doc.path()),
                    "nom de fichier « "
                            + doc.name()
                            + ".md » invalide : le slug (l'adresse de la page) ne contient que des"
                            + " minuscules sans accent, des chiffres et des tirets simples —"
                            + " renommez-le par exemple « "
                            + Slugs.suggest(doc.name())
                            + ".md »");
        }
    }

    private static boolean isDraft(SourceDocument doc) {
        return doc.data() instanceof YamlMap map
                && map.get("draft")
                        .filter(
                                n ->
                                        n instanceof YamlScalar s
                                                && s.type() == YamlScalar.Type.BOOL
                                                && s.text().equalsIgnoreCase("true"))
                        .isPresent();
    }
}
