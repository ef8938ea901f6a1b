package fr.artisanat.relais.search;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * What the index reads of a measure: the texts of its fields as the reader sees them (the model's
 * rendered texts, see {@code package-info.java}) and the fields a result shows.
 */
final class MeasureTexts {
    private MeasureTexts() {}

    static String text(Site site, Measure m, IndexField f) {
        return switch (f) {
            case TITLE -> m.title();
            case TAGS -> String.join(" ; ", m.tags());
            case SUMMARY -> m.summary();
            case BODY -> m.body().text() == null ? "" : m.body().text();
            case AMOUNT ->
                    (m.amount() == null ? "" : m.amount())
                            + (m.amountMax() == null ? "" : " ; " + m.amountMax().toPlainString());
            case NAMES -> {
                List<String> names = new ArrayList<>();
                names.addAll(names(site, TaxonomyKey.FUNDERS, m.funders()));
                names.addAll(names(site, TaxonomyKey.CATEGORIES, m.categories()));
                names.addAll(names(site, TaxonomyKey.BENEFICIARIES, m.beneficiaries()));
                names.addAll(names(site, TaxonomyKey.TERRITORIES, m.territories()));
                names.addAll(m.territories());
                yield String.join(" ; ", names);
            }
        };
    }

    /**
     * The measure's own name: its title up to a colon or a dash that starts what the title adds («
     * Fonds de solidarité — volet 1 : jusqu'à 1 500 € » → « Fonds de solidarité »), so that a query
     * naming the measure ranks it above the measures whose title only mentions that name.
     */
    static String name(String title) {
        int cut = title.length();
        for (String mark : NAME_ENDS) {
            int at = title.indexOf(mark);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return title.substring(0, cut);
    }

    private static final List<String> NAME_ENDS = List.of(":", " — ", " – ", " - ");

    static List<String> names(Site site, TaxonomyKey key, List<String> ids) {
        return ids.stream().map(id -> site.term(key, id).map(Term::name).orElse(id)).toList();
    }

    /** {@code [title, url, status, summary, funders]} of one result. */
    static String stored(Site site, Measure m) {
        return JsonText.array(
                List.of(
                        JsonText.quote(m.title()),
                        JsonText.quote(SitePaths.measure(m.slug())),
                        JsonText.quote(m.status().code()),
                        JsonText.quote(m.summary()),
                        JsonText.quote(
                                String.join(", ", names(site, TaxonomyKey.FUNDERS, m.funders())))));
    }
}
