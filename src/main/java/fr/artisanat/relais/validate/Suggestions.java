package fr.artisanat.relais.validate;

import java.util.Collection;
import java.util.Optional;

/** Finds the known word an editor most likely meant ({@code fundres} → {@code funders}). */
final class Suggestions {
    private Suggestions() {}

    static Optional<String> nearest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : known) {
            int d = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        // « region » for « region-occitanie »: too many letters apart, yet plainly meant.
        return known.stream()
                .filter(candidate -> containsEither(lower, candidate))
                .min(
                        java.util.Comparator.comparingInt(String::length)
                                .thenComparing(java.util.Comparator.naturalOrder()));
    }

    private static boolean containsEither(String typed, String candidate) {
        String lower = candidate.toLowerCase(java.util.Locale.ROOT);
        return typed.length() >= 3 && (lower.contains(typed) || typed.contains(lower));
    }

    /** Optimal string alignment distance: a swap of two letters counts as one typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] =
                        Math.min(
                                Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1
                        && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
