package fr.artisanat.relais.model;

/**
 * A link written in a Markdown body.
 *
 * @param destination as written ({@code pret-rebond.md#montant}, {@code https://…})
 * @param href what the page links to after resolution
 * @param position where the editor wrote it
 */
public record BodyLink(String destination, String href, SourcePosition position) {}
