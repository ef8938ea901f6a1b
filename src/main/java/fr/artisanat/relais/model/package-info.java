/**
 * The immutable model every stage shares: {@link fr.artisanat.relais.model.Site} and the records
 * reachable from it, plus the builders of derived views (status, taxonomies, sort orders). Pure
 * JDK; no stage mutates these records.
 */
package fr.artisanat.relais.model;
