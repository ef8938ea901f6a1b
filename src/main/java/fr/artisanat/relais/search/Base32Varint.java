package fr.artisanat.relais.search;

/**
 * Writes non-negative integers as short ASCII runs for the search index: base 32, high digits from
 * {@link #MORE}, the last digit from {@link #LAST}, so numbers need no separator ({@code 5} →
 * {@code "5"}, {@code 40} → {@code "B8"}). {@code search.js} decodes it.
 */
final class Base32Varint {
    static final String LAST = "0123456789abcdefghijklmnopqrstuv";
    static final String MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_";

    private Base32Varint() {}

    static void append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int digits = 1;
        for (int v = value >>> 5; v > 0; v >>>= 5) {
            digits++;
        }
        for (int d = digits - 1; d > 0; d--) {
            out.append(MORE.charAt((value >>> (5 * d)) & 31));
        }
        out.append(LAST.charAt(value & 31));
    }
}
