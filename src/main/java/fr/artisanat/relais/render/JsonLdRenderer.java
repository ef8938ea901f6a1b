package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Funder;
import fr.artisanat.relais.model.FunderKind;
import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import fr.artisanat.relais.model.Territory;
import fr.artisanat.relais.model.TerritoryKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The schema.org description of a measure page, as JSON-LD, so search engines and aggregators read
 * who funds it, where it applies and until when: a {@code GovernmentService} and, when the measure
 * names an amount, a {@code FinancialIncentive}. The result goes inside {@code <script
 * type="application/ld+json">}: {@link Markup#json} escapes {@code <}, {@code >} and {@code &}, so
 * no text of the content can close the element.
 */
final class JsonLdRenderer {
    private JsonLdRenderer() {}

    static String render(Site site, Measure m) {
        String url = SitePaths.absolute(site.config().baseUrl(), SitePaths.measure(m.slug()));
        String provider = array(m.funders().stream().map(id -> funder(site, id)).toList());
        String area = array(m.territories().stream().map(id -> territory(site, id)).toList());
        List<String> service = new ArrayList<>();
        service.add(pair("@type", "GovernmentService"));
        service.add(pair("@id", url + "#mesure"));
        service.add(pair("name", m.title()));
        service.add(pair("description", m.summary()));
        service.add(pair("url", url));
        service.add("\"provider\": " + provider);
        service.add("\"areaServed\": " + area);
        service.add(
                "\"serviceType\": "
                        + array(
                                names(site, TaxonomyKey.CATEGORIES, m.categories()).stream()
                                        .map(Markup::json)
                                        .toList()));
        if (!m.beneficiaries().isEmpty()) {
            service.add(
                    "\"audience\": "
                            + array(
                                    names(site, TaxonomyKey.BENEFICIARIES, m.beneficiaries())
                                            .stream()
                                            .map(
                                                    n ->
                                                            object(
                                                                    pair(
                                                                            "@type",
                                                                            "BusinessAudience"),
                                                                    pair("name", n)))
                                            .toList()));
        }
        List<String> offer = new ArrayList<>(List.of(pair("@type", "Offer")));
        offer.add("\"price\": 0");
        offer.add(pair("priceCurrency", "EUR"));
        addDates(offer, m);
        if (m.applyUrl() != null) {
            offer.add(pair("url", m.applyUrl()));
        }
        service.add("\"offers\": " + object(offer.toArray(String[]::new)));
        if (m.applyUrl() != null) {
            service.add(
                    "\"availableChannel\": "
                            + object(
                                    pair("@type", "ServiceChannel"),
                                    pair("serviceUrl", m.applyUrl())));
        }
        List<String> graph = new ArrayList<>(List.of(object(service.toArray(String[]::new))));
        if (m.amount() != null) {
            graph.add(incentive(m, url, provider, area));
        }
        return "{\"@context\": \"https://schema.org\", \"@graph\": "
                + graph.stream().collect(Collectors.joining(",\n", "[\n", "\n]"))
                + "}";
    }

    private static String incentive(Measure m, String url, String provider, String area) {
        List<String> aid = new ArrayList<>();
        aid.add(pair("@type", "FinancialIncentive"));
        aid.add(pair("@id", url + "#montant"));
        aid.add(pair("name", m.title()));
        aid.add(pair("description", m.amount()));
        aid.add(pair("url", url));
        aid.add("\"provider\": " + provider);
        aid.add("\"areaServed\": " + area);
        addDates(aid, m);
        if (m.amountMax() != null) {
            aid.add(
                    "\"incentiveAmount\": "
                            + object(
                                    pair("@type", "QuantitativeValue"),
                                    "\"maxValue\": " + m.amountMax().toPlainString(),
                                    pair("unitCode", "EUR")));
        }
        return object(aid.toArray(String[]::new));
    }

    private static void addDates(List<String> members, Measure m) {
        if (m.opens() != null) {
            members.add(pair("validFrom", date(m.opens())));
        }
        if (m.closes() != null) {
            members.add(pair("validThrough", date(m.closes())));
        }
    }

    private static String date(LocalDate d) {
        return d.toString();
    }

    private static String funder(Site site, String id) {
        Term t = site.term(TaxonomyKey.FUNDERS, id).orElseThrow();
        boolean publicBody =
                t instanceof Funder f
                        && f.kind() != null
                        && f.kind() != FunderKind.BANQUE
                        && f.kind() != FunderKind.ORGANISME;
        List<String> members = new ArrayList<>();
        members.add(pair("@type", publicBody ? "GovernmentOrganization" : "Organization"));
        members.add(pair("name", t.name()));
        if (t instanceof Funder f && f.url() != null) {
            members.add(pair("url", f.url()));
        }
        return object(members.toArray(String[]::new));
    }

    private static String territory(Site site, String id) {
        Term t = site.term(TaxonomyKey.TERRITORIES, id).orElseThrow();
        String type =
                t instanceof Territory territory && territory.kind() == TerritoryKind.PAYS
                        ? "Country"
                        : "AdministrativeArea";
        return object(pair("@type", type), pair("name", t.name()));
    }

    private static List<String> names(Site site, TaxonomyKey key, List<String> ids) {
        return ids.stream().map(id -> site.term(key, id).map(Term::name).orElse(id)).toList();
    }

    private static String pair(String key, String value) {
        return Markup.json(key) + ": " + Markup.json(value);
    }

    private static String object(String... members) {
        return String.join(", ", members).transform(s -> "{" + s + "}");
    }

    private static String array(List<String> values) {
        return values.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
