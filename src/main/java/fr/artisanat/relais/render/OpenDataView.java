package fr.artisanat.relais.render;

import java.util.List;

/**
 * What the "Données ouvertes" page documents: the files (root-relative URLs), the licence and every
 * field. See docs/templates.md.
 */
public record OpenDataView(
        String jsonUrl,
        String csvUrl,
        String schemaUrl,
        String calendarUrl,
        String licence,
        String licenceUrl,
        String listSeparator,
        List<OpenDataField> fileFields,
        List<OpenDataField> measureFields,
        List<String> csvColumns) {

    public OpenDataView {
        fileFields = List.copyOf(fileFields);
        measureFields = List.copyOf(measureFields);
        csvColumns = List.copyOf(csvColumns);
    }
}
