package fr.artisanat.relais.source;

import java.util.Map;

/** French wording for SnakeYAML's most common problems; others are kept as they are. */
final class YamlMessages {
    private YamlMessages() {}

    private static final Map<String, String> KNOWN =
            Map.ofEntries(
                    Map.entry(
                            "mapping values are not allowed here",
                            "deux-points inattendu (un texte contenant « : » doit être entre"
                                    + " guillemets)"),
                    Map.entry(
                            "could not find expected ':'",
                            "deux-points « : » attendu après la clé"),
                    Map.entry(
                            "found character '\\t' that cannot start any token",
                            "tabulation interdite : indentez avec des espaces"),
                    Map.entry(
                            "found character '\\t(TAB)' that cannot start any token",
                            "tabulation interdite : indentez avec des espaces"),
                    Map.entry(
                            "expected <block end>, but found '<block sequence start>'",
                            "élément de liste mal indenté"),
                    Map.entry(
                            "expected <block end>, but found '<block mapping start>'",
                            "indentation incohérente"),
                    Map.entry(
                            "found unexpected end of stream",
                            "fin de texte inattendue (guillemet ou crochet non fermé ?)"),
                    Map.entry(
                            "found undefined alias",
                            "alias YAML inconnu (les ancres et alias ne sont pas acceptés)"),
                    Map.entry("found unexpected ':'", "deux-points inattendu"),
                    Map.entry(
                            "did not find expected key",
                            "clé attendue (indentation incohérente ?)"),
                    Map.entry(
                            "did not find expected ',' or ']'",
                            "virgule ou « ] » attendu dans la liste entre crochets"),
                    Map.entry("did not find expected ',' or '}'", "virgule ou « } » attendu"),
                    Map.entry(
                            "expected a single document in the stream",
                            "un seul document YAML est attendu (une ligne « --- » de trop ?)"));

    static String translate(String problem) {
        if (problem == null) {
            return "structure non reconnue";
        }
        String trimmed = problem.strip();
        for (Map.Entry<String, String> e : KNOWN.entrySet()) {
            if (trimmed.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        if (trimmed.contains("exceeds the limit")) {
            return "fichier trop volumineux";
        }
        if (trimmed.contains("Number of aliases")) {
            return "trop d'alias YAML (les ancres et alias ne sont pas acceptés)";
        }
        if (trimmed.contains("Nesting Depth")) {
            return "structure trop imbriquée";
        }
        return trimmed;
    }
}
