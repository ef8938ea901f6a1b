package fr.artisanat.relais.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One term's measures (ascending numbers) with the term's count in each of their fields, packed as
 * bytes: per measure the gap to the previous one, a bit mask of the fields holding the term, and
 * those fields' counts, all as variable-length integers (usually three or four bytes).
 */
final class PostingList {
    /** Scores are stored in this many steps of the term's best score. */
    static final int SCORE_LEVELS = 31;

    private final Map<String, Integer> surfaces = new HashMap<>(4);
    private byte[] packed = new byte[8];
    private int size;
    private int last;

    /** The measures whose name holds the term: gap, then the name code of {@link DocumentTerms}. */
    private StringBuilder named;

    private int lastNamed;
    int df;
    String surface;

    void saw(String written, int times) {
        surfaces.merge(written, times, Integer::sum);
    }

    /**
     * Adds a measure with the term's count in each field ({@code counts[offset + field]}) and its
     * name code ({@code -1}: not in the measure's name).
     */
    void add(int doc, int[] counts, int offset, int width, int namePosition) {
        if (namePosition >= 0) {
            if (named == null) {
                named = new StringBuilder();
            }
            Base32Varint.append(named, doc - lastNamed);
            Base32Varint.append(named, namePosition);
            lastNamed = doc;
        }
        if (size + 6 * (width + 1) > packed.length) {
            packed =
                    Arrays.copyOf(
                            packed,
                            Math.max(packed.length + (packed.length >> 1), size + 6 * (width + 1)));
        }
        int mask = 0;
        for (int f = 0; f < width; f++) {
            if (counts[offset + f] > 0) {
                mask |= 1 << f;
            }
        }
        put(doc - last);
        put(mask);
        for (int f = 0; f < width; f++) {
            if (counts[offset + f] > 0) {
                put(counts[offset + f]);
            }
        }
        last = doc;
        df++;
    }

    private void put(int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            packed[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        packed[size++] = (byte) v;
    }

    /** Once every measure was added: trims the bytes and picks the usual spelling. */
    void finish() {
        packed = Arrays.copyOf(packed, size);
        surface = mostFrequent(surfaces);
        surfaces.clear();
    }

    /** The most frequent way a term is written, for spelling suggestions. */
    private static String mostFrequent(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .sorted(
                        Map.Entry.<String, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    /**
     * {@code [max score, "postings"]}, or {@code [max score, "postings", "names"]} when the term is
     * in some measure's name: each posting is the gap to the previous measure number and the score
     * in {@link #SCORE_LEVELS} steps of the maximum; each name entry the gap to the previous
     * measure and the name code (its distinct terms times two, plus one when the term is the name's
     * first); all as {@link Base32Varint}.
     */
    String encode(Bm25f scoring) {
        int[] docs = new int[df];
        double[] scores = new double[df];
        int[] counts = new int[IndexField.ALL.length];
        int[] at = {0};
        int doc = 0;
        for (int i = 0; i < df; i++) {
            doc += get(at);
            int mask = get(at);
            for (int f = 0; f < counts.length; f++) {
                counts[f] = (mask & (1 << f)) != 0 ? get(at) : 0;
            }
            docs[i] = doc;
            scores[i] = scoring.pseudoFrequency(doc, counts);
        }
        double idf = scoring.idf(df);
        for (int i = 0; i < df; i++) {
            scores[i] = Bm25f.score(idf, scores[i]);
        }
        double max = 0;
        for (int i = 0; i < df; i++) {
            max = Math.max(max, scores[i]);
        }
        StringBuilder sb = new StringBuilder(df * 3);
        int previous = 0;
        for (int i = 0; i < df; i++) {
            Base32Varint.append(sb, docs[i] - previous);
            previous = docs[i];
            int level =
                    max <= 0
                            ? SCORE_LEVELS
                            : (int) Math.max(1, Math.round(SCORE_LEVELS * scores[i] / max));
            Base32Varint.append(sb, level);
        }
        return "["
                + String.format(Locale.ROOT, "%.3f", max)
                + ","
                + JsonText.quote(sb.toString())
                + (named == null ? "" : "," + JsonText.quote(named.toString()))
                + "]";
    }

    private int get(int[] at) {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = packed[at[0]++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }
}
