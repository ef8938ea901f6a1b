package fr.artisanat.relais.render;

/** How many published measures are in each state. Read by templates; see docs/templates.md. */
public record Stats(int total, int open, int upcoming, int closed) {}
