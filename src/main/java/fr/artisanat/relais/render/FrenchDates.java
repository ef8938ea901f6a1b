package fr.artisanat.relais.render;

import java.time.LocalDate;

/** Dates as French readers write them: {@code 1er juin 2020}, {@code 31 mars 2020}. */
final class FrenchDates {
    private static final String[] MONTHS = {
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre"
    };

    private FrenchDates() {}

    static String format(LocalDate date) {
        if (date == null) {
            return null;
        }
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
