package fr.artisanat.relais.search;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Terms grouped by their first two letters, and a group larger than {@link #SHARD_BUDGET} split
 * again by one more letter, until each shard is small or holds a single term: a query loads little
 * even for its most common words. The browser finds a term's shard as the longest shard key that
 * starts the term.
 */
final class ShardSplitter {
    static final int SHARD_BUDGET = 12_000;

    private ShardSplitter() {}

    /** Shard key → the shard's JSON object of encoded posting lists, by key in order. */
    static Map<String, String> shards(Postings postings) {
        Map<String, String> encoded = new TreeMap<>();
        postings.terms.forEach((term, list) -> encoded.put(term, list.encode(postings.scoring)));
        Map<String, String> shards = new TreeMap<>();
        split(encoded, 2, shards);
        return shards;
    }

    private static void split(Map<String, String> terms, int letters, Map<String, String> out) {
        Map<String, Map<String, String>> groups = new TreeMap<>();
        terms.forEach(
                (term, json) ->
                        groups.computeIfAbsent(prefix(term, letters), k -> new TreeMap<>())
                                .put(term, json));
        groups.forEach(
                (key, group) -> {
                    int size =
                            group.entrySet().stream()
                                    .mapToInt(e -> e.getKey().length() + e.getValue().length() + 4)
                                    .sum();
                    boolean divisible = group.keySet().stream().anyMatch(t -> t.length() > letters);
                    if (size > SHARD_BUDGET && group.size() > 1 && divisible) {
                        split(group, letters + 1, out);
                    } else {
                        StringBuilder json = new StringBuilder("{");
                        group.forEach(
                                (term, list) -> {
                                    if (json.length() > 1) {
                                        json.append(',');
                                    }
                                    json.append(JsonText.quote(term)).append(':').append(list);
                                });
                        out.merge(key, json.append('}').toString(), ShardSplitter::mergeShards);
                    }
                });
    }

    /** Two shards with the same key (a short term left behind by a split), as one object. */
    private static String mergeShards(String a, String b) {
        return a.substring(0, a.length() - 1) + "," + b.substring(1);
    }

    /** The first {@code letters} letters of a term (all of it when shorter). */
    static String prefix(String term, int letters) {
        int count = term.codePointCount(0, term.length());
        return term.substring(0, term.offsetByCodePoints(0, Math.min(letters, count)));
    }

    /** A file-name-safe form of a shard key. */
    static String fileKey(String key) {
        if (key.matches("[a-z0-9]+")) {
            return key;
        }
        return key.codePoints()
                .mapToObj(Integer::toHexString)
                .collect(Collectors.joining("_", "u", ""));
    }
}
