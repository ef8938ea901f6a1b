package fr.artisanat.relais.validate;

import fr.artisanat.relais.diagnostic.Diagnostics;
import fr.artisanat.relais.model.SourcePosition;
import java.util.List;
import java.util.Set;

/**
 * The ids one data file defines, to check references against and to suggest from.
 *
 * @param file the data file, for messages ({@code content/data/funders.yml})
 * @param noun French noun for one entry, with its article-free form ({@code financeur})
 * @param ids the ids in file order
 */
record KnownIds(String file, String noun, List<String> ids) {
    private static final int SHOWN = 12;

    KnownIds {
        ids = List.copyOf(ids);
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    /** Reports {@code id} when unknown; true when it is known. */
    boolean check(String id, SourcePosition at, Diagnostics diagnostics) {
        if (ids.contains(id)) {
            return true;
        }
        String near =
                Suggestions.nearest(id, ids)
                        .map(s -> " — vouliez-vous dire « " + s + " » ?")
                        .orElse("");
        List<String> shown = ids.stream().limit(SHOWN).toList();
        String list =
                ids.isEmpty()
                        ? "aucun id défini"
                        : "ids valides : "
                                + String.join(", ", shown)
                                + (ids.size() > SHOWN ? ", …" : "");
        diagnostics.error(
                at, noun + " « " + id + " » inconnu (voir " + file + ")" + near + " — " + list);
        return false;
    }

    static KnownIds empty(String file, String noun) {
        return new KnownIds(file, noun, List.of());
    }

    Set<String> asSet() {
        return Set.copyOf(ids);
    }
}
