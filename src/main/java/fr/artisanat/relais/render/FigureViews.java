package fr.artisanat.relais.render;

import fr.artisanat.relais.model.FigureSet;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.Status;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The charts of the « Chiffres » page: measures by status, funder and category, then each series of
 * {@code data/chiffres.yml}. Bars are horizontal, one row each with its label above it, so long
 * French names never overflow; a value is printed the same way in the chart and in the table.
 */
final class FigureViews {
    static final int WIDTH = 640;
    private static final int ROW = 44;
    private static final int MAX_BAR = 480;
    private static final char NBSP = '\u00a0';

    /** « État » sorts with the E, not after Z. */
    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    private FigureViews() {}

    /** A label and its value, before layout. */
    record Entry(String label, BigDecimal value) {}

    static List<ChartView> charts(Site site) {
        List<ChartView> charts = new ArrayList<>();
        String asOf = "Statuts au " + FrenchDates.format(site.buildDate()) + ".";
        List<Entry> byStatus = new ArrayList<>();
        for (Status s : Status.values()) {
            long n = site.measures().stream().filter(m -> m.status() == s).count();
            byStatus.add(new Entry(s.label(), BigDecimal.valueOf(n)));
        }
        charts.add(
                chart(
                        "mesures-par-statut",
                        "Mesures par statut",
                        "Nombre de mesures publiées pour chaque statut.",
                        "Statut",
                        "Mesures",
                        asOf,
                        null,
                        byStatus,
                        false));
        charts.add(
                chart(
                        "mesures-par-financeur",
                        "Mesures par financeur",
                        "Nombre de mesures publiées que finance chaque organisme.",
                        "Financeur",
                        "Mesures",
                        null,
                        null,
                        sorted(terms(site, TaxonomyKey.FUNDERS)),
                        false));
        charts.add(
                chart(
                        "mesures-par-categorie",
                        "Mesures par catégorie",
                        "Nombre de mesures publiées dans chaque type d'aide.",
                        "Catégorie",
                        "Mesures",
                        null,
                        null,
                        sorted(terms(site, TaxonomyKey.CATEGORIES)),
                        false));
        for (FigureSet set : site.figures()) {
            List<Entry> entries = new ArrayList<>();
            for (FigureSet.Value v : set.values()) {
                String name =
                        site.term(TaxonomyKey.TERRITORIES, v.territory())
                                .map(Term::name)
                                .orElse(v.territory());
                entries.add(new Entry(name, v.value()));
            }
            charts.add(
                    chart(
                            set.id(),
                            set.name(),
                            set.description(),
                            "Territoire",
                            set.label(),
                            "Chiffres au " + FrenchDates.format(set.asOf()) + ".",
                            new SourceLink(set.source().title(), set.source().url()),
                            sorted(entries),
                            set.euros()));
        }
        return charts;
    }

    /** Terms with at least one measure. */
    private static List<Entry> terms(Site site, TaxonomyKey key) {
        List<Entry> entries = new ArrayList<>();
        for (Term t : site.taxonomy(key).terms()) {
            List<Measure> members = site.taxonomy(key).measuresOf(t.id());
            if (!members.isEmpty()) {
                entries.add(new Entry(t.name(), BigDecimal.valueOf(members.size())));
            }
        }
        return entries;
    }

    /** Largest first, then by label: a stable order for the same content. */
    private static List<Entry> sorted(List<Entry> entries) {
        return entries.stream()
                .sorted(
                        Comparator.comparing(Entry::value, Comparator.reverseOrder())
                                .thenComparing(Entry::label, FRENCH))
                .toList();
    }

    static ChartView chart(
            String id,
            String title,
            String description,
            String labelHeader,
            String valueHeader,
            String note,
            SourceLink source,
            List<Entry> entries,
            boolean euros) {
        BigDecimal max =
                entries.stream().map(Entry::value).max(Comparator.naturalOrder()).orElse(null);
        List<ChartView.Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double width =
                    max == null || max.signum() == 0
                            ? 0
                            : e.value().doubleValue() / max.doubleValue() * MAX_BAR;
            int top = i * ROW;
            bars.add(
                    new ChartView.Bar(
                            e.label(),
                            format(e.value(), euros),
                            e.value().stripTrailingZeros().toPlainString(),
                            top + 14,
                            top + 20,
                            decimal(width),
                            decimal(width + 8),
                            top + 33));
        }
        return new ChartView(
                id,
                title,
                description,
                labelHeader,
                valueHeader,
                note,
                source,
                WIDTH,
                Math.max(ROW, entries.size() * ROW),
                bars);
    }

    /** {@code 12319661.00} → {@code 12 319 661 €}, with no-break spaces; counts without €. */
    static String format(BigDecimal value, boolean euros) {
        String digits = value.setScale(0, RoundingMode.HALF_UP).toPlainString();
        StringBuilder grouped = new StringBuilder();
        int start = digits.startsWith("-") ? 1 : 0;
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                grouped.append(NBSP);
            }
            grouped.append(digits.charAt(i));
        }
        return (start == 1 ? "-" : "") + grouped + (euros ? NBSP + "€" : "");
    }

    private static String decimal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
