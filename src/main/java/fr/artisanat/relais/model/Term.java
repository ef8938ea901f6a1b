package fr.artisanat.relais.model;

/** An entry of a data file that measures refer to by id. */
public sealed interface Term permits Category, Funder, Beneficiary, Territory {
    String id();

    String name();

    String description();

    SourcePosition position();
}
