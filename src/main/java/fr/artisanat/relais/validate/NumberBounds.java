package fr.artisanat.relais.validate;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Sensible ranges for the numbers editors write. YAML reads {@code 1e309} as a number, and it came
 * out as 310 digits in {@code mesures.json}; an amount with a misplaced comma or three zeros too
 * many is as wrong. Amounts are euros to the cent; counts are whole numbers.
 */
final class NumberBounds {
    /** A measure's amount for one business: far above any aid or loan to a craft business. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    /** A published figure in euros: totals by territory, up to a national programme's. */
    static final BigDecimal MAX_TOTAL = new BigDecimal("1000000000000");

    /** A published count (businesses, applications): more than there are businesses in France. */
    static final BigDecimal MAX_COUNT = new BigDecimal("1000000000");

    private NumberBounds() {}

    /** An amount for one business ({@code amount_max}). */
    static Optional<String> amount(BigDecimal value) {
        return euros(value, MAX_AMOUNT);
    }

    /** A figure in euros ({@code unit: euros}). */
    static Optional<String> total(BigDecimal value) {
        return euros(value, MAX_TOTAL);
    }

    /** A figure that counts things ({@code unit: nombre}): a whole number. */
    static Optional<String> count(BigDecimal value) {
        if (value.compareTo(MAX_COUNT) > 0) {
            return Optional.of(outOfRange(value, "de 0 à " + spaced(MAX_COUNT)));
        }
        if (value.stripTrailingZeros().scale() > 0) {
            return Optional.of(
                    value + " n'est pas un nombre entier : un compte s'écrit sans décimales");
        }
        return Optional.empty();
    }

    private static Optional<String> euros(BigDecimal value, BigDecimal max) {
        if (value.compareTo(max) > 0) {
            return Optional.of(outOfRange(value, "de 0 à " + spaced(max) + " €"));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Optional.of(
                    value
                            + " a plus de deux décimales : un montant s'écrit au centime près (par"
                            + " exemple 1500 ou 1500.50)");
        }
        return Optional.empty();
    }

    private static String outOfRange(BigDecimal value, String range) {
        // 1E+309, not its 310 digits
        String shown =
                value.precision() - value.scale() > 30 ? value.toString() : value.toPlainString();
        return shown + " hors limites (" + range + ") : vérifiez le nombre de chiffres";
    }

    /** 1000000000 → « 1 000 000 000 ». */
    private static String spaced(BigDecimal value) {
        return String.format(java.util.Locale.ROOT, "%,d", value.longValueExact())
                .replace(',', ' ');
    }
}
