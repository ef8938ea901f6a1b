package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import fr.artisanat.relais.model.Territory;
import fr.artisanat.relais.model.TerritoryKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What an artisan can subscribe to: the calendar of deadlines of the whole portal, and for each
 * département its own calendar and Atom feed, beside its page. A département's files hold the
 * measures its page lists: its own, and those of its region and of France unless they are too many
 * to repeat (see {@link TerritoryListing}); the calendar of the whole portal has them all.
 */
final class SubscriptionsRenderer {
    private SubscriptionsRenderer() {}

    /** Whether {@code term} has its own calendar and feed: départements do. */
    static boolean hasOwnFiles(Term term) {
        return term instanceof Territory t && t.kind() == TerritoryKind.DEPARTEMENT;
    }

    static List<OutputFile> render(Site site, Predicate<String> selection) {
        List<OutputFile> files = new ArrayList<>();
        render(site, selection, files::add);
        return files;
    }

    /**
     * Hands each file to {@code files} as soon as it is made: the calendars of a large site
     * together weigh hundreds of megabytes and must not be held at once.
     */
    static void render(Site site, Predicate<String> selection, Consumer<OutputFile> files) {
        String title = site.config().title();
        Map<String, byte[]> events = new HashMap<>();
        if (selection.test(SitePaths.CALENDAR)) {
            files.accept(
                    CalendarRenderer.render(
                            site,
                            site.measures(),
                            SitePaths.CALENDAR,
                            title + " — échéances",
                            events));
        }
        for (Term term : site.taxonomy(TaxonomyKey.TERRITORIES).terms()) {
            if (!hasOwnFiles(term)) {
                continue;
            }
            List<Measure> measures = TerritoryListing.of(site, term).listed();
            String calendar = SitePaths.territoryCalendar(term.id());
            if (selection.test(calendar)) {
                files.accept(
                        CalendarRenderer.render(
                                site,
                                measures,
                                calendar,
                                title + " — échéances : " + term.name(),
                                events));
            }
            String feed = SitePaths.territoryFeed(term.id());
            if (selection.test(feed)) {
                files.accept(
                        FeedRenderer.render(
                                site,
                                measures,
                                feed,
                                title + " — mesures pour " + term.name(),
                                SitePaths.absolute(
                                        site.config().baseUrl(),
                                        SitePaths.term(TaxonomyKey.TERRITORIES, term.id()))));
            }
        }
    }
}
