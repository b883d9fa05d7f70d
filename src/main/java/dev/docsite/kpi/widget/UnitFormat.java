package dev.docsite.kpi.widget;

import dev.docsite.kpi.KpiUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Formats KPI numbers with one fixed precision per unit, so that two numbers of a unit always look alike
 * ({@code 89.0%} next to {@code 88.5%}, never {@code 89%}), identically under every default locale:
 * <ul>
 *   <li>{@code count}: whole numbers with thousands separators, {@code 12,480};</li>
 *   <li>{@code percent}: one decimal, {@code 93.1%}; changes in percentage points, {@code +1.2 pp};</li>
 *   <li>{@code days}, {@code hours}: one decimal, {@code 4.2 days}, {@code 36.0 hours};</li>
 *   <li>{@code ratio}: two decimals, {@code 0.82}.</li>
 * </ul>
 * Rounding is half-up; negative numbers use a true minus sign (U+2212). Thread-safe: formatters are created per call
 * because {@link DecimalFormat} is not.
 */
public final class UnitFormat {

    /** U+2212, the typographic minus; screen readers read it as "minus". */
    public static final char MINUS = '\u2212';

    /** How {@code pp} is written in HTML: an abbreviation whose title says what it means. */
    public static final String PP_HTML = "<abbr class=\"kpi-abbr\" title=\"percentage points\">pp</abbr>";

    private UnitFormat() {
    }

    /** The value with its unit. */
    public static String value(KpiUnit unit, double v) {
        return number(unit, v) + suffix(unit);
    }

    /** A change with explicit sign and unit: {@code +3}, {@code −1.2 pp}, {@code −0.5 days}. */
    public static String delta(KpiUnit unit, double d) {
        String n = signed(unit, d);
        return unit == KpiUnit.PERCENT ? n + " pp" : n + suffix(unit);
    }

    /** {@link #delta} as HTML, {@code pp} explained by {@link #PP_HTML}. */
    public static String deltaHtml(KpiUnit unit, double d) {
        String n = signed(unit, d);
        return unit == KpiUnit.PERCENT ? n + " " + PP_HTML : n + suffix(unit);
    }

    /** A change without sign, in words for screen readers: {@code 12}, {@code 1.2 percentage points}. */
    public static String magnitudeText(KpiUnit unit, double d) {
        String n = magnitude(unit, d);
        return unit == KpiUnit.PERCENT ? n + " percentage points" : n + suffix(unit);
    }

    /** Whether {@code d} shows as zero at the unit's precision, i.e. no visible change. */
    public static boolean roundsToZero(KpiUnit unit, double d) {
        return rounded(unit, d).signum() == 0;
    }

    /** The bare number at the unit's precision, without unit. */
    public static String number(KpiUnit unit, double v) {
        return format(unit, rounded(unit, v), false);
    }

    private static String suffix(KpiUnit unit) {
        return switch (unit) {
            case PERCENT -> "%";
            case DAYS -> " days";
            case HOURS -> " hours";
            case COUNT, RATIO -> "";
        };
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

    /** The unit's precision, in decimals. */
    public static int decimals(KpiUnit unit) {
        return switch (unit) {
            case COUNT -> 0;
            case RATIO -> 2;
            case PERCENT, DAYS, HOURS -> 1;
        };
    }

    private static String format(KpiUnit unit, BigDecimal v, boolean withPlus) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign(MINUS);
        DecimalFormat f = new DecimalFormat(decimals(unit) == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals(unit)),
                symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        if (withPlus && v.signum() > 0) {
            f.setPositivePrefix("+");
        }
        return f.format(v);
    }
}
