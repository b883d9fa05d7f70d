package dev.docsite.kpi.widget;

import dev.docsite.kpi.KpiUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Formats KPI numbers for their unit, identically under every default locale: {@code 142}, {@code 12,480},
 * {@code 93.1%}, {@code 4.2 days}, {@code 36 hours}, {@code 0.82}. Negative numbers use a true minus sign (U+2212).
 * Thread-safe: formatters are created per call because {@link DecimalFormat} is not.
 */
public final class UnitFormat {

    /** U+2212, the typographic minus; screen readers read it as "minus". */
    public static final char MINUS = '\u2212';

    private UnitFormat() {
    }

    /** The value with its unit. */
    public static String value(KpiUnit unit, double v) {
        String n = number(unit, v);
        return switch (unit) {
            case PERCENT -> n + "%";
            case DAYS -> n + (n.equals("1") ? " day" : " days");
            case HOURS -> n + (n.equals("1") ? " hour" : " hours");
            case COUNT, RATIO -> n;
        };
    }

    /** A change with explicit sign and unit: {@code +3}, {@code −1.2 pp}, {@code −0.5 days}. */
    public static String delta(KpiUnit unit, double d) {
        String n = signed(unit, d);
        return switch (unit) {
            case PERCENT -> n + " pp";
            case DAYS -> n + (magnitude(unit, d).equals("1") ? " day" : " days");
            case HOURS -> n + (magnitude(unit, d).equals("1") ? " hour" : " hours");
            case COUNT, RATIO -> n;
        };
    }

    /** A change without sign, in words for titles: {@code 12}, {@code 1.2 percentage points}, {@code 3 days}. */
    public static String magnitudeText(KpiUnit unit, double d) {
        String n = magnitude(unit, d);
        return switch (unit) {
            case PERCENT -> n + (n.equals("1") ? " percentage point" : " percentage points");
            case DAYS -> n + (n.equals("1") ? " day" : " days");
            case HOURS -> n + (n.equals("1") ? " hour" : " hours");
            case COUNT, RATIO -> n;
        };
    }

    /** Whether {@code d} shows as zero at the unit's precision, i.e. no visible change. */
    public static boolean roundsToZero(KpiUnit unit, double d) {
        return rounded(unit, d).signum() == 0;
    }

    /** The bare number at the unit's precision, without unit. */
    public static String number(KpiUnit unit, double v) {
        return format(unit, rounded(unit, v), false);
    }

    private static String signed(KpiUnit unit, double v) {
        return format(unit, rounded(unit, v), true);
    }

    private static String magnitude(KpiUnit unit, double v) {
        return format(unit, rounded(unit, Math.abs(v)), false);
    }

    private static BigDecimal rounded(KpiUnit unit, double v) {
        // Round before formatting so -0.04 becomes 0 rather than "-0".
        BigDecimal r = BigDecimal.valueOf(v).setScale(decimals(unit), RoundingMode.HALF_UP);
        return r.signum() == 0 ? BigDecimal.ZERO.setScale(decimals(unit)) : r;
    }

    private static int decimals(KpiUnit unit) {
        return unit == KpiUnit.RATIO ? 2 : 1;
    }

    private static String format(KpiUnit unit, BigDecimal v, boolean withPlus) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign(MINUS);
        DecimalFormat f = new DecimalFormat(unit == KpiUnit.RATIO ? "#,##0.00" : "#,##0.#", symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        if (withPlus && v.signum() > 0) {
            f.setPositivePrefix("+");
        }
        return f.format(v);
    }
}
