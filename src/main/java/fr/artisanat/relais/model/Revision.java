package fr.artisanat.relais.model;

import java.time.LocalDate;

/**
 * One commit that changed a measure's file: its day (in Paris, from the commit time, so the same
 * commits always give the same pages), its subject line and its hash.
 */
public record Revision(LocalDate date, String subject, String commit) {}
