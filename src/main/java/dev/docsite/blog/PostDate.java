package dev.docsite.blog;

import dev.docsite.content.BlogFileName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * A post's date as Docusaurus's {@code getBlogPostDate} finds it: the frontmatter {@code date} (a date without time
 * zone is UTC), else the date in the file name, else when the file was created.
 */
final class PostDate {

    /** A frontmatter {@code date} that is no date. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private PostDate() {
    }

    static Instant of(Object frontMatterDate, BlogFileName name, Path file) throws Invalid {
        if (frontMatterDate instanceof Date date) {
            return date.toInstant(); // YAML read an unquoted 2026-06-22 (or a timestamp) as a date already
        }
        if (frontMatterDate != null) {
            // A no-break space (pasted from a web page) is white space to JavaScript's Date, as Docusaurus reads it.
            return parse(String.valueOf(frontMatterDate).replaceAll("^[\\s\\u00A0\\u2007\\u202F\\uFEFF]+|[\\s\\u00A0\\u2007\\u202F\\uFEFF]+$", ""));
        }
        if (name.date() != null) {
            return name.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).creationTime().toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static Instant parse(String text) throws Invalid {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            String iso = text.replace(' ', 'T');
            if (iso.matches(".*T\\d.*(?:[zZ]|[+-]\\d{1,2}(?::?\\d{2})?)$")) {
                return OffsetDateTime.parse(iso.replaceFirst("[zZ]$", "Z")).toInstant();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Invalid("'date: " + text + "' is no date; write it as 2026-06-22 or 2026-06-22T10:00:00Z");
        }
    }
}
