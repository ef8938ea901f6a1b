package fr.artisanat.relais.search;

/**
 * What BM25F needs besides a term's counts: the number of measures, each measure's field lengths
 * ({@code lengths[doc * fields + field]}) and the average length of each field. Scores are computed
 * once at build time; the browser only adds them up.
 */
record Bm25f(int n, int[] lengths, double[] average) {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** BM25F's pseudo term frequency: the field counts summed in field order. */
    double pseudoFrequency(int doc, int[] counts) {
        IndexField[] fields = IndexField.ALL;
        double pseudo = 0;
        boolean first = true;
        for (IndexField f : fields) {
            int count = counts[f.ordinal()];
            if (count > 0) {
                double norm =
                        1
                                - B
                                + B
                                        * lengths[doc * fields.length + f.ordinal()]
                                        / average[f.ordinal()];
                double part = f.weight * count / norm;
                pseudo = first ? part : pseudo + part;
                first = false;
            }
        }
        return pseudo;
    }

    /** A term's rarity: high for a term few measures hold. */
    double idf(int df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** The score of a measure for a term of rarity {@code idf} and pseudo frequency {@code tf}. */
    static double score(double idf, double tf) {
        return idf * tf * (K1 + 1) / (tf + K1);
    }
}
