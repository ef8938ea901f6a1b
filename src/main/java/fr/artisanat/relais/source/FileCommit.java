package fr.artisanat.relais.source;

import java.time.LocalDate;

/**
 * What one commit did to one measure file: the file's content before and after it (git blob ids,
 * null when the file did not exist on that side), the commit's day in Paris, and whether its author
 * marked it as a correction.
 */
record FileCommit(String slug, LocalDate date, boolean correction, String oldBlob, String newBlob) {

    boolean added() {
        return oldBlob == null && newBlob != null;
    }

    boolean modified() {
        return oldBlob != null && newBlob != null;
    }
}
