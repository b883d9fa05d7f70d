package dev.docsite.kpi.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.kpi.KpiUnit;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitFormatTest {

    private Locale saved;

    @BeforeEach
    void remember() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest(name = "default locale {0}")
    @ValueSource(strings = {"en-US", "de-DE", "tr-TR", "fr-FR", "ar-EG", "hi-IN"})
    void valuesAreFormattedPerUnitWhateverTheDefaultLocale(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals("142", UnitFormat.value(KpiUnit.COUNT, 142));
        assertEquals("12,480", UnitFormat.value(KpiUnit.COUNT, 12480));
        assertEquals("3", UnitFormat.value(KpiUnit.COUNT, 2.5), "counts are whole numbers");
        assertEquals("93.1%", UnitFormat.value(KpiUnit.PERCENT, 93.1));
        assertEquals("95.0%", UnitFormat.value(KpiUnit.PERCENT, 95), "one decimal, always");
        assertEquals("93.2%", UnitFormat.value(KpiUnit.PERCENT, 93.15), "half-up rounding");
        assertEquals("4.2 days", UnitFormat.value(KpiUnit.DAYS, 4.2));
        assertEquals("1.0 days", UnitFormat.value(KpiUnit.DAYS, 1));
        assertEquals("36.0 hours", UnitFormat.value(KpiUnit.HOURS, 36));
        assertEquals("1.0 hours", UnitFormat.value(KpiUnit.HOURS, 1.04));
        assertEquals("0.82", UnitFormat.value(KpiUnit.RATIO, 0.82));
        assertEquals("1.50", UnitFormat.value(KpiUnit.RATIO, 1.5));
        assertEquals("\u22123", UnitFormat.value(KpiUnit.COUNT, -3));
    }

    @ParameterizedTest(name = "default locale {0}")
    @ValueSource(strings = {"en-US", "de-DE", "tr-TR"})
    void deltasCarryAnExplicitSignAndUnit(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals("\u221212", UnitFormat.delta(KpiUnit.COUNT, -12));
        assertEquals("+3", UnitFormat.delta(KpiUnit.COUNT, 3));
        assertEquals("+1.2 pp", UnitFormat.delta(KpiUnit.PERCENT, 1.2000000001));
        assertEquals("\u22120.8 days", UnitFormat.delta(KpiUnit.DAYS, -0.8));
        assertEquals("\u22121.0 days", UnitFormat.delta(KpiUnit.DAYS, -1));
        assertEquals("+6.0 hours", UnitFormat.delta(KpiUnit.HOURS, 6));
        assertEquals("+0.04", UnitFormat.delta(KpiUnit.RATIO, 0.04));
        assertEquals("1.2 percentage points", UnitFormat.magnitudeText(KpiUnit.PERCENT, -1.2));
    }

    @ParameterizedTest(name = "default locale {0}")
    @ValueSource(strings = {"en-US", "tr-TR"})
    void tinyChangesRoundToZeroWithoutANegativeZero(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertTrue(UnitFormat.roundsToZero(KpiUnit.PERCENT, -0.04));
        assertFalse(UnitFormat.roundsToZero(KpiUnit.RATIO, -0.04));
        assertEquals("0.0%", UnitFormat.value(KpiUnit.PERCENT, -0.04));
    }

    @ParameterizedTest(name = "default locale {0}")
    @ValueSource(strings = {"en-US", "de-DE", "tr-TR"})
    void datesAreEnglishAndUtc(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals("20 Nov 2026 08:00 UTC", DateText.timestamp(java.time.Instant.parse("2026-11-20T09:00:00+01:00")));
        assertEquals("1 Oct 2026", DateText.day(java.time.Instant.parse("2026-10-01T23:30:00Z")));
        assertEquals("7 days", DateText.duration(java.time.Duration.ofDays(7)));
        assertEquals("36 hours", DateText.duration(java.time.Duration.ofHours(36)));
        assertEquals("1 day", DateText.duration(java.time.Duration.ofHours(24)));
        assertEquals("<time datetime=\"2026-10-01\">1 Oct 2026</time>",
                DateText.dayHtml(java.time.Instant.parse("2026-10-01T23:30:00Z")));
    }

    @Test
    void ageIsInHoursUnderADayThenInWholeDaysRoundedDown() {
        assertEquals("less than an hour old", DateText.age(java.time.Duration.ofMinutes(59)));
        assertEquals("1 hour old", DateText.age(java.time.Duration.ofMinutes(61)));
        assertEquals("23 hours old", DateText.age(java.time.Duration.ofMinutes(24 * 60 - 1)));
        assertEquals("1 day old", DateText.age(java.time.Duration.ofHours(47)));
        assertEquals("10 days old", DateText.age(java.time.Duration.ofDays(10).plusHours(23)));
    }

    @Test
    void percentagePointsAreAnAbbreviationWithItsMeaningInHtml() {
        assertEquals("\u22120.6 <abbr class=\"kpi-abbr\" title=\"percentage points\">pp</abbr>",
                UnitFormat.deltaHtml(KpiUnit.PERCENT, -0.6));
        assertEquals("+9", UnitFormat.deltaHtml(KpiUnit.COUNT, 9));
    }
}
