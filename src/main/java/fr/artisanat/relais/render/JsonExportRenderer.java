package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Measure;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.SitePaths;
import fr.artisanat.relais.model.SourceRef;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code mesures.json}: every published measure with all its fields, its URL and its computed
 * status, for other portals and journalists. Keys keep the content model's names; {@link
 * OpenDataFields} documents them and {@link JsonSchemaRenderer} describes them.
 */
final class JsonExportRenderer {
    private JsonExportRenderer() {}

    /**
     * Written as UTF-8 bytes straight to the file: it weighs about 5.6 KB per measure (56 MB at 10
     * 000 measures), too much to hold on a large site.
     */
    static OutputFile render(Site site) {
        return OutputFile.streamed(SitePaths.JSON_EXPORT, out -> write(site, out));
    }

    private static void write(Site site, OutputStream out) throws IOException {
        PageBuffer json = new PageBuffer();
        json.write("{\n");
        json.write("  \"$schema\": ");
        json.write(Markup.json(SitePaths.absolute(site.config().baseUrl(), SitePaths.JSON_SCHEMA)));
        json.write(",\n  \"title\": ");
        json.write(Markup.json(site.config().title()));
        json.write(",\n  \"base_url\": ");
        json.write(Markup.json(site.config().baseUrl()));
        json.write(",\n  \"as_of\": ");
        json.write(Markup.json(site.buildDate().toString()));
        json.write(",\n  \"licence\": ");
        json.write(Markup.json(OpenDataFields.LICENCE));
        json.write(",\n  \"licence_url\": ");
        json.write(Markup.json(OpenDataFields.LICENCE_URL));
        json.write(",\n  \"measures\": [");
        String separator = "\n";
        for (Measure m : site.measures()) {
            json.write(separator);
            json.write(measure(site, m));
            separator = ",\n";
            json.drainTo(out, PageBuffer.DRAIN_THRESHOLD);
        }
        json.write(site.measures().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        json.close();
        json.drainTo(out, 0);
    }

    private static String measure(Site site, Measure m) {
        StringBuilder o = new StringBuilder("    {");
        field(o, "slug", Markup.json(m.slug()), true);
        field(
                o,
                "url",
                Markup.json(
                        SitePaths.absolute(site.config().baseUrl(), SitePaths.measure(m.slug()))),
                false);
        field(o, "title", Markup.json(m.title()), false);
        field(o, "summary", Markup.json(m.summary()), false);
        field(o, "status", Markup.json(m.status().code()), false);
        field(o, "level", Markup.json(m.level().code()), false);
        field(o, "funders", list(m.funders()), false);
        field(o, "categories", list(m.categories()), false);
        field(o, "beneficiaries", list(m.beneficiaries()), false);
        field(o, "territories", list(m.territories()), false);
        field(o, "amount", Markup.json(m.amount()), false);
        field(
                o,
                "amount_max",
                m.amountMax() == null ? "null" : m.amountMax().toPlainString(),
                false);
        field(o, "opens", date(m.opens()), false);
        field(o, "closes", date(m.closes()), false);
        field(o, "apply_url", Markup.json(m.applyUrl()), false);
        field(o, "sources", sources(m.sources()), false);
        field(o, "contact", Markup.json(m.contact()), false);
        field(o, "updated", date(m.updated()), false);
        field(o, "reviewed", date(m.reviewed()), false);
        field(o, "tags", list(m.tags()), false);
        field(o, "draft", Boolean.toString(m.draft()), false);
        field(o, "body", Markup.json(m.body().markdown()), false);
        return o.append("}").toString();
    }

    private static void field(StringBuilder o, String key, String value, boolean first) {
        if (!first) {
            o.append(", ");
        }
        o.append('"').append(key).append("\": ").append(value);
    }

    private static String date(LocalDate d) {
        return d == null ? "null" : Markup.json(d.toString());
    }

    private static String list(List<String> values) {
        return values.stream().map(Markup::json).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String sources(List<SourceRef> refs) {
        return refs.stream()
                .map(
                        r ->
                                "{\"title\": "
                                        + Markup.json(r.title())
                                        + ", \"url\": "
                                        + Markup.json(r.url())
                                        + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
