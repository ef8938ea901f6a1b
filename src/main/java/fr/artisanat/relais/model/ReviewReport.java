package fr.artisanat.relais.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What editors should look at, computed from the {@link Site} at a date ({@code relais report}):
 * measures to check again, closing soon, closed long ago, without an application address, and
 * counts by status and by funder. Each list is sorted by urgency, then slug.
 *
 * @param stale not checked ({@link Measure#lastChecked()}) for more than {@code review_after_days}
 * @param closingSoon open and closing within {@link StatusCalculator#CLOSING_SOON_DAYS} days
 * @param archiveCandidates closed for more than a year
 * @param withoutApplyUrl no {@code apply_url}
 * @param sourcesFailed measures whose every source failed its last external check ({@code relais
 *     check}), by slug; null when no check was ever recorded
 * @param byStatus how many measures have each status
 * @param byFunder how many measures each funder has, in the order of {@code data/funders.yml}
 */
public record ReviewReport(
        LocalDate asOf,
        int reviewAfterDays,
        List<Entry> stale,
        List<Entry> closingSoon,
        List<Entry> archiveCandidates,
        List<Entry> withoutApplyUrl,
        List<Unreachable> sourcesFailed,
        Map<Status, Integer> byStatus,
        List<FunderCount> byFunder) {

    /**
     * One measure in a list.
     *
     * @param date the date that put it there (last check, closing date), or null
     * @param days how many days from {@code date} to the report date (negative: in the future)
     */
    public record Entry(String slug, String title, String file, LocalDate date, long days) {}

    /**
     * The last failed check of one source address.
     *
     * @param status the checker's verdict ({@code BROKEN}, {@code UNCERTAIN})
     * @param message its French explanation (« introuvable (404) »)
     */
    public record FailedSource(String url, String status, String message, LocalDate checkedOn) {}

    /** A measure none of whose sources answered at the last check, with each failure. */
    public record Unreachable(Entry measure, List<FailedSource> sources) {
        public Unreachable {
            sources = List.copyOf(sources);
        }
    }

    /** How many published measures a funder has. */
    public record FunderCount(String id, String name, int count) {}

    public ReviewReport {
        stale = List.copyOf(stale);
        closingSoon = List.copyOf(closingSoon);
        archiveCandidates = List.copyOf(archiveCandidates);
        withoutApplyUrl = List.copyOf(withoutApplyUrl);
        sourcesFailed = sourcesFailed == null ? null : List.copyOf(sourcesFailed);
        byStatus = Map.copyOf(byStatus);
        byFunder = List.copyOf(byFunder);
    }

    /** The report without link-check results: {@link #sourcesFailed} is null. */
    public static ReviewReport of(Site site, LocalDate asOf) {
        return of(site, asOf, null);
    }

    /**
     * @param lastFailure the last check of an address when it failed, empty when it succeeded or
     *     was never checked; null when no check was ever recorded
     */
    public static ReviewReport of(
            Site site, LocalDate asOf, Function<String, Optional<FailedSource>> lastFailure) {
        int reviewAfter = site.config().reviewAfterDays();
        List<Entry> stale = new ArrayList<>();
        List<Entry> closing = new ArrayList<>();
        List<Entry> archive = new ArrayList<>();
        List<Entry> noApply = new ArrayList<>();
        List<Unreachable> unreachable = lastFailure == null ? null : new ArrayList<>();
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0);
        }
        for (Measure m : site.measures()) {
            byStatus.merge(m.status(), 1, Integer::sum);
            long sinceCheck = ChronoUnit.DAYS.between(m.lastChecked(), asOf);
            if (sinceCheck > reviewAfter) {
                stale.add(entry(m, m.lastChecked(), sinceCheck));
            }
            if (m.closes() != null) {
                long untilClose = ChronoUnit.DAYS.between(asOf, m.closes());
                if (m.status().isOpen()
                        && untilClose >= 0
                        && untilClose <= StatusCalculator.CLOSING_SOON_DAYS) {
                    closing.add(entry(m, m.closes(), -untilClose));
                }
                if (m.status() == Status.CLOSED && m.closes().plusYears(1).isBefore(asOf)) {
                    archive.add(entry(m, m.closes(), -untilClose));
                }
            }
            if (m.applyUrl() == null) {
                noApply.add(entry(m, null, 0));
            }
            if (lastFailure != null) {
                unreachable(m, asOf, lastFailure).ifPresent(unreachable::add);
            }
        }
        Comparator<Entry> oldestFirst =
                Comparator.comparingLong(Entry::days).reversed().thenComparing(Entry::slug);
        stale.sort(oldestFirst);
        archive.sort(oldestFirst);
        closing.sort(oldestFirst);
        noApply.sort(Comparator.comparing(Entry::slug));
        List<FunderCount> byFunder = new ArrayList<>();
        Taxonomy funders = site.taxonomy(TaxonomyKey.FUNDERS);
        for (Term t : funders.terms()) {
            byFunder.add(new FunderCount(t.id(), t.name(), funders.measuresOf(t.id()).size()));
        }
        return new ReviewReport(
                asOf,
                reviewAfter,
                stale,
                closing,
                archive,
                noApply,
                unreachable,
                byStatus,
                byFunder);
    }

    /**
     * The measure when every one of its sources failed at its last check: one source still
     * answering, or not checked yet, is enough to leave it out.
     */
    private static Optional<Unreachable> unreachable(
            Measure m, LocalDate asOf, Function<String, Optional<FailedSource>> lastFailure) {
        List<FailedSource> failed = new ArrayList<>();
        for (SourceRef source : m.sources()) {
            Optional<FailedSource> f = lastFailure.apply(source.url());
            if (f.isEmpty()) {
                return Optional.empty();
            }
            failed.add(f.get());
        }
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        LocalDate latest =
                failed.stream().map(FailedSource::checkedOn).max(LocalDate::compareTo).get();
        return Optional.of(
                new Unreachable(entry(m, latest, ChronoUnit.DAYS.between(latest, asOf)), failed));
    }

    private static Entry entry(Measure m, LocalDate date, long days) {
        return new Entry(m.slug(), m.title(), m.position().file(), date, days);
    }
}
