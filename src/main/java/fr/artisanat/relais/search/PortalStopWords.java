package fr.artisanat.relais.search;

import java.util.List;

/**
 * Words that carry no meaning on this portal, where every page is about help for businesses: a
 * query « aide pret garanti » means « prêt garanti », and « je n'arrive plus a payer mes salaries »
 * means « payer salariés ». Outside quotes the browser neither requires nor ranks them; inside a
 * quoted phrase they count like any word (so they stay in the index). French grammatical words (de,
 * la, pour, je, mes…) never reach the index at all ({@link FrenchStopWords}).
 */
final class PortalStopWords {
    /** As artisans type them; {@link #terms} gives what the browser compares. */
    static final List<String> WORDS =
            List.of(
                    "aide",
                    "aides",
                    "aider",
                    "mesure",
                    "mesures",
                    "dispositif",
                    "dispositifs",
                    "comment",
                    "obtenir",
                    "demander",
                    "faire",
                    "fait",
                    "quoi",
                    "quel",
                    "quelle",
                    "quels",
                    "quelles",
                    "combien",
                    "besoin",
                    "droit",
                    "droits",
                    "peux",
                    "peut",
                    "pouvoir",
                    "puis",
                    "veux",
                    "voudrais",
                    "cherche",
                    "chercher",
                    "trouver",
                    "savoir",
                    "bonjour",
                    "merci",
                    "svp",
                    "euro",
                    "euros",
                    "eur",
                    "arrive",
                    "arriver",
                    "plus",
                    "ya",
                    "existe",
                    "possible",
                    "urgent",
                    "info",
                    "infos",
                    "information",
                    "informations");

    private PortalStopWords() {}

    /** The words' index terms, each once, in order. */
    static List<String> terms(FrenchAnalyzer analyzer) {
        return WORDS.stream().flatMap(w -> analyzer.analyze(w).stream()).distinct().toList();
    }
}
