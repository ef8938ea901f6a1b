package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import fr.artisanat.relais.model.Territory;
import fr.artisanat.relais.model.TerritoryKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a territory's page lists. Its region's and France's measures apply to it too, and the page
 * lists them with its own — unless a region or France has more than {@link #LISTED_MAX}: on a
 * portal of thousands of measures that made every département's page a list of thousands of cards
 * (3 MB of HTML, unusable on a phone), so the page then links to that territory's list instead. The
 * département's calendar and feed hold what its page lists (a calendar of thousands of events, 6
 * MB, was no better on a phone); the calendar of the whole portal holds every measure.
 *
 * @param listed the measures shown on the page, open first
 * @param linked the territories whose measures are counted and linked rather than listed
 */
record TerritoryListing(List<Measure> listed, List<LinkedTerritory> linked) {
    /** More measures than this from one enclosing territory are linked, not listed. */
    static final int LISTED_MAX = 50;

    static TerritoryListing of(Site site, Term term) {
        List<Measure> all = site.taxonomy(TaxonomyKey.TERRITORIES).measuresOf(term.id());
        List<String> chain = new ArrayList<>();
        for (Term t = term; t != null && !chain.contains(t.id()); t = parent(site, t)) {
            chain.add(t.id());
        }
        Map<String, List<Measure>> byOwner = new LinkedHashMap<>();
        chain.forEach(id -> byOwner.put(id, new ArrayList<>()));
        for (Measure m : all) {
            for (String id : chain) {
                if (m.territories().contains(id)) {
                    byOwner.get(id).add(m);
                    break;
                }
            }
        }
        List<LinkedTerritory> linked = new ArrayList<>();
        Set<Measure> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String id : chain.subList(1, chain.size())) {
            int count = byOwner.get(id).size();
            if (count > LISTED_MAX) {
                Term owner = site.term(TaxonomyKey.TERRITORIES, id).orElseThrow();
                linked.add(
                        new LinkedTerritory(
                                owner.name(),
                                scope(owner),
                                SitePaths.term(TaxonomyKey.TERRITORIES, id),
                                count));
                hidden.addAll(byOwner.get(id));
            }
        }
        if (hidden.isEmpty()) {
            return new TerritoryListing(all, List.of());
        }
        List<Measure> listed = all.stream().filter(m -> !hidden.contains(m)).toList();
        return new TerritoryListing(listed, List.copyOf(linked));
    }

    private static Term parent(Site site, Term t) {
        if (t instanceof Territory territory && territory.parent() != null) {
            return site.term(TaxonomyKey.TERRITORIES, territory.parent()).orElse(null);
        }
        return null;
    }

    private static String scope(Term t) {
        if (t instanceof Territory territory && territory.kind() == TerritoryKind.PAYS) {
            return "nationales";
        }
        if (t instanceof Territory territory && territory.kind() == TerritoryKind.REGION) {
            return "régionales";
        }
        return "de ce territoire";
    }
}
