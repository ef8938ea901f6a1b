package fr.artisanat.relais.render;

import java.util.List;

/** A taxonomy term with its counts and, for territories, its place in the hierarchy. */
public record TermView(
        String id,
        String name,
        String description,
        String url,
        String externalUrl,
        String kindLabel,
        int count,
        int openCount,
        TermLink parent,
        List<TermLink> children) {

    public TermView {
        children = List.copyOf(children);
    }
}
