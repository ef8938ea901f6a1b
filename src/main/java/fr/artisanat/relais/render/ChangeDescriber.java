package fr.artisanat.relais.render;

import fr.artisanat.relais.model.Chamber;
import fr.artisanat.relais.model.Level;
import fr.artisanat.relais.model.MeasureChange;
import fr.artisanat.relais.model.Site;
import fr.artisanat.relais.model.Status;
import fr.artisanat.relais.model.TaxonomyKey;
import fr.artisanat.relais.model.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says in French what one change did to a measure's page, with the names the page shows (not ids):
 *
 * <pre>
 * closes [2020-05-31] → [2020-06-30]      « Date de clôture : 31 mai 2020 → 30 juin 2020 »
 * funders [etat] → [etat, region]         « Financeur ajouté : Région Occitanie »
 * body                                    « Texte mis à jour »
 * </pre>
 *
 * A change of a list can say two things (added and removed): each is one line of the history.
 */
final class ChangeDescriber {
    private final Site site;

    ChangeDescriber(Site site) {
        this.site = site;
    }

    List<String> describe(MeasureChange change) {
        List<String> before = change.before();
        List<String> after = change.after();
        return switch (change.field()) {
            case OPENS -> List.of(transition("Date d'ouverture", dates(before), dates(after)));
            case CLOSES -> List.of(transition("Date de clôture", dates(before), dates(after)));
            case STATUS -> List.of(status(before, after));
            case AMOUNT -> List.of(transition("Montant", quoted(before), quoted(after)));
            case AMOUNT_MAX -> List.of(transition("Montant maximal", euros(before), euros(after)));
            case APPLY_URL -> List.of(shortChange("Adresse de la démarche", before, after, true));
            case TITLE -> List.of(transition("Titre", quoted(before), quoted(after)));
            case SUMMARY -> List.of("Résumé mis à jour");
            case BODY -> List.of("Texte mis à jour");
            case FUNDERS -> terms("Financeur", "Financeurs", false, TaxonomyKey.FUNDERS, change);
            case CATEGORIES ->
                    terms("Catégorie", "Catégories", true, TaxonomyKey.CATEGORIES, change);
            case BENEFICIARIES ->
                    terms("Public", "Publics", false, TaxonomyKey.BENEFICIARIES, change);
            case TERRITORIES ->
                    terms("Territoire", "Territoires", false, TaxonomyKey.TERRITORIES, change);
            case LEVEL -> List.of(transition("Niveau", levels(before), levels(after)));
            case CONTACT -> List.of(transition("Contact", chambers(before), chambers(after)));
            case SOURCES -> sources(before, after);
            case TAGS -> List.of("Mots-clés mis à jour");
        };
    }

    /** « Date de clôture : 31 mai 2020 → 30 juin 2020 », « … ajoutée : … », « … retirée ». */
    private static String transition(String label, String before, String after) {
        if (before == null) {
            return label + " ajout" + feminine(label) + " : " + after;
        }
        if (after == null) {
            return label + " retir" + feminine(label) + " (c'était : " + before + ")";
        }
        return label + " : " + before + " → " + after;
    }

    /** The agreement of « ajouté(e) » with the field's name. */
    private static String feminine(String label) {
        return label.startsWith("Date") || label.startsWith("Adresse") ? "ée" : "é";
    }

    private static String shortChange(
            String label, List<String> before, List<String> after, boolean feminine) {
        String e = feminine ? "e" : "";
        if (before.isEmpty()) {
            return label + " ajouté" + e;
        }
        if (after.isEmpty()) {
            return label + " retiré" + e;
        }
        return label + " modifié" + e;
    }

    private static String status(List<String> before, List<String> after) {
        if (after.isEmpty()) {
            return "Statut fixé par la rédaction retiré : il suit de nouveau les dates";
        }
        String to = statusLabel(after);
        return before.isEmpty()
                ? "Statut fixé par la rédaction : « " + to + " »"
                : "Statut fixé par la rédaction : « " + statusLabel(before) + " » → « " + to + " »";
    }

    private static String statusLabel(List<String> value) {
        return Status.fromOverride(value.get(0)).map(Status::label).orElse(value.get(0));
    }

    private static List<String> setChange(
            String one, String many, boolean feminine, List<String> before, List<String> after) {
        Set<String> added = new LinkedHashSet<>(after);
        before.forEach(added::remove);
        Set<String> removed = new LinkedHashSet<>(before);
        after.forEach(removed::remove);
        String e = feminine ? "e" : "";
        List<String> lines = new ArrayList<>();
        if (!added.isEmpty()) {
            lines.add(
                    (added.size() == 1 ? one + " ajouté" + e : many + " ajouté" + e + "s")
                            + " : "
                            + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            lines.add(
                    (removed.size() == 1 ? one + " retiré" + e : many + " retiré" + e + "s")
                            + " : "
                            + String.join(", ", removed));
        }
        return lines.isEmpty()
                ? List.of(many + " mis" + (feminine ? "es" : "") + " à jour")
                : lines;
    }

    /** Sources are « title\nurl »: a title kept with a new address is a moved source. */
    private static List<String> sources(List<String> before, List<String> after) {
        List<String> beforeTitles = before.stream().map(ChangeDescriber::title).toList();
        List<String> afterTitles = after.stream().map(ChangeDescriber::title).toList();
        List<String> lines = new ArrayList<>();
        for (String s : after) {
            if (!before.contains(s)) {
                lines.add(
                        beforeTitles.contains(title(s))
                                ? "Adresse de la source « " + title(s) + " » modifiée"
                                : "Source ajoutée : « " + title(s) + " »");
            }
        }
        for (String s : before) {
            if (!after.contains(s) && !afterTitles.contains(title(s))) {
                lines.add("Source retirée : « " + title(s) + " »");
            }
        }
        return lines.isEmpty() ? List.of("Sources mises à jour") : lines;
    }

    private static String title(String source) {
        int cut = source.indexOf('\n');
        String title = cut < 0 ? source : source.substring(0, cut);
        return title.isEmpty() ? source.substring(cut + 1) : title;
    }

    /** A change of a taxonomy list, with the terms' names. */
    private List<String> terms(
            String one, String many, boolean feminine, TaxonomyKey key, MeasureChange change) {
        return setChange(
                one, many, feminine, names(key, change.before()), names(key, change.after()));
    }

    private List<String> names(TaxonomyKey key, List<String> ids) {
        return ids.stream().map(id -> site.term(key, id).map(Term::name).orElse(id)).toList();
    }

    private String chambers(List<String> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        return site.chamber(ids.get(0)).map(Chamber::name).orElse(ids.get(0));
    }

    private static String levels(List<String> codes) {
        return codes.isEmpty()
                ? null
                : Level.fromCode(codes.get(0))
                        .map(Level::label)
                        .orElse(codes.get(0))
                        .toLowerCase(Locale.FRENCH);
    }

    private static String quoted(List<String> value) {
        return value.isEmpty() ? null : "« " + value.get(0) + " »";
    }

    private static String dates(List<String> value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return FrenchDates.format(LocalDate.parse(value.get(0)));
        } catch (DateTimeParseException e) {
            return value.get(0);
        }
    }

    private static String euros(List<String> value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return FigureViews.format(new BigDecimal(value.get(0)), true);
        } catch (NumberFormatException e) {
            return value.get(0);
        }
    }
}
