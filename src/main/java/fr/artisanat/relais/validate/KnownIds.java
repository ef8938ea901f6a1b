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
 * @param feminine whether {@code noun} is feminine (« catégorie … inconnue »)
 * @param available false when the file is missing or unreadable: that is reported once, so
 *     references to it are not reported again one by one
 * @param ids the ids in file order
 */
record KnownIds(String file, String noun, boolean feminine, boolean available, List<String> ids) {
    private static final int SHOWN = 12;

    KnownIds {
        ids = List.copyOf(ids);
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    /** Reports {@code id} when unknown; true when it is known (or cannot be checked). */
    boolean check(String id, SourcePosition at, Diagnostics diagnostics) {
        if (ids.contains(id) || !available) {
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
                at,
                noun
                        + " « "
                        + id
                        + " » "
                        + (feminine ? "inconnue" : "inconnu")
                        + " (voir "
                        + file
                        + ")"
                        + near
                        + " — "
                        + list);
        return false;
    }

    Set<String> asSet() {
        return Set.copyOf(ids);
    }
}
