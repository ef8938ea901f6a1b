package fr.artisanat.relais.markdown;

import fr.artisanat.relais.model.SourcePosition;

/**
 * Decides what a link written in a body points to. Implementations report a bad link (a missing
 * measure, a {@code javascript:} URL) as a diagnostic at {@code position} and return what the page
 * should link to, or null to drop the link and keep its text.
 */
@FunctionalInterface
public interface LinkResolver {
    String resolve(String destination, boolean image, SourcePosition position);

    /**
     * Told when a body is not rendered at all because rendering it would overflow the stack or take
     * minutes (see {@code MarkdownLimits}); {@code reason} is the French message for the editor.
     * Implementations that report problems should report this one too.
     */
    default void unrenderable(SourcePosition position, String reason) {}
}
