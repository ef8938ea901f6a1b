package fr.artisanat.relais.search;

/**
 * The fields of a measure the index reads, with their BM25F weights: a word in the title says more
 * about a measure than the same word in its body.
 */
enum IndexField {
    TITLE(5.0),
    TAGS(3.0),
    SUMMARY(2.0),
    NAMES(1.5),
    BODY(1.0),
    /** The amount as written and {@code amount_max}: « 1 500 € » is found as {@code 1500}. */
    AMOUNT(2.0);

    static final IndexField[] ALL = values();

    final double weight;

    IndexField(double weight) {
        this.weight = weight;
    }
}
