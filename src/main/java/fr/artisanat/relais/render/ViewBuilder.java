package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Chamber;
import fr.artisanat.relais.model.Funder;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.MeasureOrder;
import fr.artisanat.relais.model.Page;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.Status;
import fr.artisanat.relais.model.Taxonomy;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import fr.artisanat.relais.model.Territory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds, once per build, the read-only views templates receive. All derived wording (status
 * details, French dates, counts) is decided here so templates only print.
 */
final class ViewBuilder {
    private static final Map<TaxonomyKey, String> INTROS =
            Map.of(
                    TaxonomyKey.CATEGORIES,
                    "Les mesures classées par type d'aide : subventions, prêts, reports de charges…",
                    TaxonomyKey.FUNDERS,
                    "Les mesures classées selon l'organisme qui les finance ou les met en œuvre.",
                    TaxonomyKey.TERRITORIES,
                    "Les mesures qui s'appliquent dans chaque territoire : la page d'un département"
                            + " reprend aussi les mesures régionales et nationales.",
                    TaxonomyKey.BENEFICIARIES,
                    "Les mesures classées selon le public auquel elles s'adressent.");

    /** Changes listed on a measure's page; the others are on its history page. */
    static final int HISTORY_SHOWN = 10;

    private final Site site;
    private final Map<String, Measure> bySlug = new HashMap<>();

    /**
     * Made on first use: a preview rebuild that renders one page of a large site needs one view,
     * not one per measure. Concurrent, so pages may be rendered in parallel.
     */
    private final Map<String, MeasureView> measures = new ConcurrentHashMap<>();

    private final Map<TaxonomyKey, TaxonomyView> taxonomies = new LinkedHashMap<>();
    private final Map<String, ChamberView> chambers = new LinkedHashMap<>();
    private final SiteView siteView;
    private final ChangeDescriber changes;

    ViewBuilder(Site site) {
        this.site = site;
        this.changes = new ChangeDescriber(site);
        for (Chamber c : site.chambers()) {
            chambers.put(c.id(), chamber(c));
        }
        for (Measure m : site.measures()) {
            bySlug.put(m.slug(), m);
        }
        for (TaxonomyKey key : TaxonomyKey.values()) {
            taxonomies.put(key, taxonomy(site.taxonomy(key)));
        }
        this.siteView = siteView();
    }

    SiteView site() {
        return siteView;
    }

    MeasureView measure(String slug) {
        return view(slug);
    }

    /** The {@code limit} latest changes of a measure known on the build date, in French. */
    List<RevisionView> revisions(String slug, int limit) {
        return RevisionView.of(site.history(slug), limit, changes);
    }

    private MeasureView view(String slug) {
        MeasureView v = measures.get(slug);
        if (v == null) {
            Measure m = bySlug.get(slug);
            v = m == null ? null : measures.computeIfAbsent(slug, k -> measure(m));
        }
        return v;
    }

    List<MeasureView> measures(List<Measure> list) {
        return list.stream().map(m -> view(m.slug())).toList();
    }

    TaxonomyView taxonomy(TaxonomyKey key) {
        return taxonomies.get(key);
    }

    List<TaxonomyView> taxonomies() {
        return List.copyOf(taxonomies.values());
    }

    Stats stats() {
        int open = 0;
        int upcoming = 0;
        int closed = 0;
        for (Measure m : site.measures()) {
            if (m.status().isOpen()) {
                open++;
            } else if (m.status() == Status.UPCOMING) {
                upcoming++;
            } else {
                closed++;
            }
        }
        return new Stats(site.measures().size(), open, upcoming, closed);
    }

    /** Regional chamber first, then the départements in order of their number. */
    List<ChamberView> chambers() {
        List<Chamber> sorted = new ArrayList<>(site.chambers());
        sorted.sort(
                Comparator.comparing(
                                (Chamber c) ->
                                        c.territory() != null && c.territory().matches("[0-9].*"))
                        .thenComparing(c -> c.territory() == null ? "" : c.territory())
                        .thenComparing(Chamber::name));
        return sorted.stream().map(c -> chambers.get(c.id())).toList();
    }

    PageView page(Page page) {
        return new PageView(
                page.slug(),
                page.title(),
                page.summary(),
                page.body().html(),
                FrenchDates.format(page.updated()),
                FrenchDates.iso(page.updated()));
    }

    List<MeasureView> openMeasures() {
        return site.measures().stream()
                .filter(m -> m.status().isOpen())
                .sorted(MeasureOrder.BY_STATUS)
                .map(m -> view(m.slug()))
                .toList();
    }

    /**
     * The measures open now plus those that will open by themselves (upcoming with an opening date
     * and no {@code status} override), in the order of the open list (closing soonest first): the
     * home page prints them all, hides those not open yet, and {@code assets/statut.js} shows each
     * one on the visitor's date. Any other measure cannot become open after the build date.
     */
    List<MeasureView> openCandidates() {
        return site.measures().stream()
                .filter(
                        m ->
                                m.status().isOpen()
                                        || (m.status() == Status.UPCOMING
                                                && m.statusOverride() == null
                                                && m.opens() != null))
                .sorted(MeasureOrder.BY_CLOSING)
                .map(m -> view(m.slug()))
                .toList();
    }

    List<MeasureView> latestMeasures(int count) {
        return site.measures().stream()
                .sorted(MeasureOrder.LATEST_FIRST)
                .limit(count)
                .map(m -> view(m.slug()))
                .toList();
    }

    List<MeasureView> allMeasures() {
        return site.measures().stream()
                .sorted(MeasureOrder.BY_STATUS)
                .map(m -> view(m.slug()))
                .toList();
    }

    private SiteView siteView() {
        List<NavItem> menu = new ArrayList<>();
        List<NavItem> footer = new ArrayList<>();
        site.pages().stream()
                .filter(p -> p.menu() != null)
                .sorted(Comparator.comparing(Page::menu).thenComparing(Page::slug))
                .forEach(p -> menu.add(new NavItem(p.title(), SitePaths.page(p.slug()))));
        site.pages().stream()
                .filter(p -> p.menu() == null)
                .forEach(p -> footer.add(new NavItem(p.title(), SitePaths.page(p.slug()))));
        List<NavItem> taxonomyNav = new ArrayList<>();
        for (TaxonomyKey key : TaxonomyKey.values()) {
            taxonomyNav.add(new NavItem(key.title(), SitePaths.taxonomy(key)));
        }
        String phone = site.config().phone();
        return new SiteView(
                site.config().title(),
                site.config().tagline(),
                phone,
                phone == null ? null : phoneHref(phone),
                site.config().baseUrl(),
                FrenchDates.format(site.buildDate()),
                FrenchDates.iso(site.buildDate()),
                menu,
                taxonomyNav,
                footer,
                SitePaths.search());
    }

    /** {@code 0 806 803 900} → {@code tel:+33806803900}. */
    static String phoneHref(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("0") && digits.length() == 10) {
            digits = "+33" + digits.substring(1);
        }
        return "tel:" + digits;
    }

    private ChamberView chamber(Chamber c) {
        TermLink territory =
                c.territory() == null ? null : termLink(TaxonomyKey.TERRITORIES, c.territory());
        return new ChamberView(
                c.id(),
                c.name(),
                territory,
                c.url(),
                c.email(),
                c.phone(),
                c.phone() == null ? null : phoneHref(c.phone()),
                c.address());
    }

    private TermLink termLink(TaxonomyKey key, String id) {
        String name = site.term(key, id).map(Term::name).orElse(id);
        return new TermLink(id, name, SitePaths.term(key, id));
    }

    private List<TermLink> termLinks(TaxonomyKey key, List<String> ids) {
        return ids.stream().map(id -> termLink(key, id)).toList();
    }

    private MeasureView measure(Measure m) {
        return new MeasureView(
                m.slug(),
                SitePaths.measure(m.slug()),
                m.title(),
                m.summary(),
                m.level().code(),
                m.level().label(),
                m.status().code(),
                m.status().label(),
                statusDetail(m, site.buildDate()),
                m.amount(),
                termLinks(TaxonomyKey.FUNDERS, m.funders()),
                termLinks(TaxonomyKey.CATEGORIES, m.categories()),
                termLinks(TaxonomyKey.BENEFICIARIES, m.beneficiaries()),
                termLinks(TaxonomyKey.TERRITORIES, m.territories()),
                FrenchDates.format(m.opens()),
                FrenchDates.iso(m.opens()),
                FrenchDates.format(m.closes()),
                FrenchDates.iso(m.closes()),
                m.applyUrl(),
                m.sources().stream().map(s -> new SourceLink(s.title(), s.url())).toList(),
                m.contact() == null ? null : chambers.get(m.contact()),
                FrenchDates.format(m.updated()),
                FrenchDates.iso(m.updated()),
                FrenchDates.format(m.reviewed()),
                FrenchDates.iso(m.reviewed()),
                m.tags(),
                new BodyHtml(m.body()),
                m.draft(),
                m.statusOverride() == null ? null : m.statusOverride().code(),
                revisions(m.slug(), HISTORY_SHOWN),
                site.history(m.slug()).size(),
                site.history(m.slug()).size() > HISTORY_SHOWN
                        ? SitePaths.measureHistory(m.slug())
                        : null);
    }

    static String statusDetail(Measure m, LocalDate asOf) {
        return switch (m.status()) {
            case OPEN ->
                    m.closes() == null
                            ? "Sans date de clôture annoncée"
                            : "Jusqu'au " + FrenchDates.format(m.closes());
            case CLOSING -> {
                long days = ChronoUnit.DAYS.between(asOf, m.closes());
                yield "Ferme le "
                        + FrenchDates.format(m.closes())
                        + (days == 0
                                ? " (dernier jour)"
                                : days == 1 ? " (demain)" : " (dans " + days + " jours)");
            }
            case UPCOMING ->
                    m.opens() == null
                            ? "Ouverture annoncée prochainement"
                            : "Ouvre le " + FrenchDates.format(m.opens());
            case CLOSED ->
                    m.closes() == null
                            ? "Dispositif clos"
                            : "Clos depuis le " + FrenchDates.format(m.closes());
        };
    }

    private TaxonomyView taxonomy(Taxonomy taxonomy) {
        TaxonomyKey key = taxonomy.key();
        Map<String, List<TermLink>> children = new HashMap<>();
        for (Term t : taxonomy.terms()) {
            parentOf(t)
                    .ifPresent(
                            p ->
                                    children.computeIfAbsent(p, x -> new ArrayList<>())
                                            .add(
                                                    new TermLink(
                                                            t.id(),
                                                            t.name(),
                                                            SitePaths.term(key, t.id()))));
        }
        List<TermView> terms = new ArrayList<>();
        for (Term t : taxonomy.terms()) {
            List<Measure> members = taxonomy.measuresOf(t.id());
            terms.add(
                    new TermView(
                            t.id(),
                            t.name(),
                            t.description(),
                            SitePaths.term(key, t.id()),
                            t instanceof Funder f ? f.url() : null,
                            kindLabel(t),
                            members.size(),
                            (int) members.stream().filter(m -> m.status().isOpen()).count(),
                            parentOf(t).map(p -> termLink(key, p)).orElse(null),
                            children.getOrDefault(t.id(), List.of())));
        }
        return new TaxonomyView(
                key.field(), key.title(), INTROS.get(key), SitePaths.taxonomy(key), terms);
    }

    private static Optional<String> parentOf(Term t) {
        return t instanceof Territory territory
                ? Optional.ofNullable(territory.parent())
                : Optional.empty();
    }

    private static String kindLabel(Term t) {
        if (t instanceof Funder f && f.kind() != null) {
            return f.kind().label();
        }
        if (t instanceof Territory territory && territory.kind() != null) {
            return territory.kind().label();
        }
        return null;
    }
}
