package fr.artisanat.relais.render;

/**
 * A chamber, as the contacts page and measure pages show it. Read by templates; see
 * docs/templates.md.
 */
public record ChamberView(
        String id,
        String name,
        TermLink territory,
        String url,
        String email,
        String phone,
        String phoneHref,
        String address) {}
