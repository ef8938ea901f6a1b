package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.markdown.MarkdownRenderer;
import fr.artisanat.relais.model.Body;
import fr.artisanat.relais.model.Level;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.SourcePosition;
import fr.artisanat.relais.model.SourceRef;
import fr.artisanat.relais.model.Status;
import fr.artisanat.relais.model.StatusCalculator;
import fr.artisanat.relais.source.SourceDocument;
import fr.artisanat.relais.source.YamlMap;
import fr.artisanat.relais.source.YamlNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks one {@code measures/<slug>.md} against the contract and builds its {@link Measure}. */
final class MeasureValidator {
    static final List<String> KEYS =
            List.of(
                    "title",
                    "summary",
                    "level",
                    "funders",
                    "categories",
                    "beneficiaries",
                    "territories",
                    "amount",
                    "amount_max",
                    "opens",
                    "closes",
                    "status",
                    "apply_url",
                    "sources",
                    "contact",
                    "updated",
                    "reviewed",
                    "tags",
                    "draft");
    private static final List<String> SOURCE_KEYS = List.of("title", "url");

    /** What every measure is checked against. */
    record Context(
            KnownIds categories,
            KnownIds funders,
            KnownIds beneficiaries,
            KnownIds territories,
            KnownIds chambers,
            Set<String> measureSlugs,
            Set<String> excludedDrafts,
            Set<String> pageSlugs,
            LocalDate buildDate,
            int reviewAfterDays,
            MarkdownRenderer markdown,
            Map<String, LocalDate> lastCommits) {}

    private final Context context;
    private final Diagnostics diagnostics;

    MeasureValidator(Context context, Diagnostics diagnostics) {
        this.context = context;
        this.diagnostics = diagnostics;
    }

    /** The measure, or empty when it has errors (all of them reported). */
    Optional<Measure> validate(SourceDocument doc) {
        Optional<YamlMap> map = FieldReader.asMap(doc.data(), "front matter", diagnostics);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        FieldReader f = new FieldReader(map.get(), KEYS, diagnostics);
        String title = f.text("title", true, 140);
        String summary = f.text("summary", true, 400);
        Level level = level(f);
        List<String> funders = ids(f, "funders", true, context.funders(), "[etat]");
        List<String> categories = ids(f, "categories", true, context.categories(), "[subventions]");
        List<String> beneficiaries =
                ids(f, "beneficiaries", false, context.beneficiaries(), "[artisans]");
        List<String> territories =
                ids(f, "territories", true, context.territories(), "[occitanie]");
        String amount = f.text("amount", false, 200);
        BigDecimal amountMax =
                f.bounded("amount_max", f.number("amount_max", false), NumberBounds::amount);
        LocalDate opens = f.date("opens", false);
        LocalDate closes = f.date("closes", false);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            f.error(
                    f.positionOf("closes").orElse(f.position()),
                    "« closes » ("
                            + closes
                            + ") précède « opens » ("
                            + opens
                            + ") : la clôture doit venir après l'ouverture — inversez-les ou"
                            + " corrigez l'une des deux");
        }
        Status override = status(f);
        String applyUrl = f.webUrl("apply_url", false);
        List<SourceRef> sources = sources(f);
        String contact = f.text("contact", false, 0);
        if (contact != null
                && !context.chambers()
                        .check(
                                contact,
                                f.positionOf("contact").orElse(f.position()),
                                diagnostics)) {
            f.markFailed();
        }
        // inside git, a measure without "updated" is dated by the last commit of its file
        LocalDate lastCommit = context.lastCommits().get(doc.name());
        LocalDate updated = f.date("updated", lastCommit == null);
        if (updated == null) {
            updated = lastCommit;
        }
        LocalDate reviewed = f.date("reviewed", false);
        List<String> tags = f.textList("tags", false, "[loyer, trésorerie]");
        Boolean draft = f.bool("draft");
        Body body =
                context.markdown()
                        .render(
                                doc.body(),
                                doc.path(),
                                doc.bodyFirstLine(),
                                new BodyLinkResolver(
                                        SitePaths.measure(doc.name()),
                                        context.measureSlugs(),
                                        context.excludedDrafts(),
                                        context.pageSlugs(),
                                        diagnostics));
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
        Status status = StatusCalculator.compute(opens, closes, override, context.buildDate());
        warnings(doc, body, updated, reviewed, status);
        return Optional.of(
                new Measure(
                        doc.name(),
                        title,
                        summary,
                        level,
                        funders,
                        categories,
                        beneficiaries == null ? List.of() : beneficiaries,
                        territories,
                        amount,
                        amountMax,
                        opens,
                        closes,
                        override,
                        status,
                        applyUrl,
                        sources,
                        contact,
                        updated,
                        reviewed,
                        tags == null ? List.of() : tags,
                        Boolean.TRUE.equals(draft),
                        body,
                        new SourcePosition(doc.path(), 1, 0)));
    }

    private void warnings(
            SourceDocument doc, Body body, LocalDate updated, LocalDate reviewed, Status status) {
        if (body.text().isBlank()) {
            diagnostics.warning(
                    new SourcePosition(doc.path(), doc.bodyFirstLine(), 0),
                    "texte de la mesure vide : ajoutez au moins pour qui, combien et comment faire"
                            + " la demande");
        }
        LocalDate checked = reviewed != null && reviewed.isAfter(updated) ? reviewed : updated;
        long age = ChronoUnit.DAYS.between(checked, context.buildDate());
        // A closed measure stays online for reference; nobody needs to re-check it.
        if (age > context.reviewAfterDays() && status != Status.CLOSED) {
            diagnostics.warning(
                    new SourcePosition(doc.path(), 1, 0),
                    "mesure non vérifiée depuis "
                            + age
                            + " jours (dernière vérification le "
                            + checked
                            + ", limite "
                            + context.reviewAfterDays()
                            + " jours) : vérifiez-la auprès des sources puis indiquez la date"
                            + " dans « reviewed »");
        }
    }

    private Level level(FieldReader f) {
        String code = f.text("level", true, 0);
        if (code == null) {
            return null;
        }
        Optional<Level> level = Level.fromCode(code);
        if (level.isEmpty()) {
            List<String> allowed = List.of("national", "regional", "departmental", "local");
            f.error(
                    f.positionOf("level").orElse(f.position()),
                    "« level » : valeur « "
                            + code
                            + " » inconnue"
                            + Suggestions.nearest(code, allowed)
                                    .map(s -> " — vouliez-vous dire « " + s + " » ?")
                                    .orElse(".")
                            + " Valeurs possibles : "
                            + String.join(", ", allowed));
        }
        return level.orElse(null);
    }

    private Status status(FieldReader f) {
        String code = f.text("status", false, 0);
        if (code == null) {
            return null;
        }
        Optional<Status> status = Status.fromOverride(code);
        if (status.isEmpty()) {
            f.error(
                    f.positionOf("status").orElse(f.position()),
                    "« status » : valeur « "
                            + code
                            + " » inconnue — valeurs possibles : open, upcoming, closed (ou"
                            + " retirez le champ pour que le statut suive les dates)");
        }
        return status.orElse(null);
    }

    private List<String> ids(
            FieldReader f, String key, boolean required, KnownIds known, String example) {
        List<YamlNode> items = f.list(key, required, example);
        if (items == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof fr.artisanat.relais.source.YamlScalar s) || s.isNull()) {
                f.error(
                        item.position(),
                        "« " + key + " » : chaque élément doit être un id, pas " + item.describe());
                continue;
            }
            String id = s.text().strip();
            if (ids.contains(id)) {
                f.error(item.position(), "« " + key + " » : « " + id + " » figure deux fois");
            } else if (known.check(id, item.position(), diagnostics)) {
                ids.add(id);
            } else {
                f.markFailed();
            }
        }
        return ids;
    }

    private List<SourceRef> sources(FieldReader f) {
        List<YamlNode> items =
                f.list("sources", true, "[{title: « Décret n° … », url: https://…}]");
        List<SourceRef> refs = new ArrayList<>();
        if (items == null) {
            return refs;
        }
        for (YamlNode item : items) {
            Optional<YamlMap> map =
                    FieldReader.asMap(item, "« sources » : chaque source", diagnostics);
            if (map.isEmpty()) {
                f.markFailed();
                continue;
            }
            FieldReader s = new FieldReader(map.get(), SOURCE_KEYS, diagnostics);
            String title = s.text("title", true, 300);
            String url = s.webUrl("url", true);
            if (s.failed()) {
                f.markFailed();
            } else {
                refs.add(new SourceRef(title, url, map.get().position()));
            }
        }
        return refs;
    }
}
