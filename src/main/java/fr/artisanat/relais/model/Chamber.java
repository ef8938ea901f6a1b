package fr.artisanat.relais.model;

/**
 * A chamber of trades and crafts artisans can call, from {@code data/chambers.yml}. Contact fields
 * are null unless an editor wrote a sourced value.
 */
public record Chamber(
        String id,
        String name,
        String territory,
        String url,
        String email,
        String phone,
        String address,
        SourcePosition position) {}
