package fr.artisanat.relais.search;

import java.util.Map;
import java.util.TreeMap;

/** Every term's postings, by term in order, and what their scores need. */
final class Postings {
    final Map<String, PostingList> terms = new TreeMap<>();
    final Bm25f scoring;

    Postings(Bm25f scoring) {
        this.scoring = scoring;
    }
}
