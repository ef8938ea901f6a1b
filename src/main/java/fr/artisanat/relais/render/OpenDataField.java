package fr.artisanat.relais.render;

/**
 * One documented field of the open-data files, as the "Données ouvertes" page shows it. See
 * docs/templates.md.
 *
 * @param key the JSON key, also the CSV column name
 * @param type the JSON type, in French ({@code texte}, {@code date ou null}…)
 * @param description what the field holds, in French
 * @param csv how {@code mesures.csv} writes it, in French; null when the file has no such column
 */
public record OpenDataField(String key, String type, String description, String csv) {}
