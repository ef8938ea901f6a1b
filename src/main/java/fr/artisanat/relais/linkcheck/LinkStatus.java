package fr.artisanat.relais.linkcheck;

/** What an external check concluded, from the publishing pipeline's point of view. */
public enum LinkStatus {
    /** The address answers. */
    OK,
    /** The address answers through a permanent redirect: the editor should update it. */
    MOVED,
    /** Gone for good (404, 410, unknown host, redirect loop): fails with --fail-on-external. */
    BROKEN,
    /** Could not conclude (timeout, 5xx after retries, refused connection, 403): a warning. */
    UNCERTAIN,
    /** Matched {@code link_check.exclude}. */
    EXCLUDED,
    /** Not checked ({@code --offline}). */
    SKIPPED;

    /** Worth telling the editor about. */
    public boolean isProblem() {
        return this == MOVED || this == BROKEN || this == UNCERTAIN;
    }
}
