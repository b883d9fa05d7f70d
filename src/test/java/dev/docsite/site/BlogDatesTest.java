package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A post's dates as its page, the lists and the archive show them. */
class BlogDatesTest {

    private static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(23, 59).toInstant(ZoneOffset.UTC);
    }

    @Test
    void theLongDateIsTheEnglishMonthTheDayAndTheYear() {
        assertEquals("June 22, 2026", BlogPageRenderer.longDate(day(2026, 6, 22)));
        assertEquals("January 1, 2020", BlogPageRenderer.longDate(day(2020, 1, 1)));
        assertEquals("December 31, 1999", BlogPageRenderer.longDate(day(1999, 12, 31)));
        assertEquals("March 5, 0999", BlogPageRenderer.longDate(day(999, 3, 5)));
        assertEquals("2026-06-22", BlogPageRenderer.isoDate(day(2026, 6, 22)));
    }

    @Test
    void theLongDateIsWhatTheFormatterWritesOnEveryDayOfALeapYearAndOthers() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
        for (int year : new int[] {1000, 1970, 2024, 2026, 9999}) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                assertEquals(d.format(formatter), BlogPageRenderer.longDate(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
        }
    }
}
