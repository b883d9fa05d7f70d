package dev.docsite.templates;

/**
 * "Last updated on … by …" under a page, as Docusaurus shows it with {@code showLastUpdateTime} and
 * {@code showLastUpdateAuthor}.
 *
 * @param isoDate  the date for {@code <time datetime>} ({@code 2026-11-28}), or {@code null} when not shown
 * @param date     the same date for readers ({@code Nov 28, 2026}), or {@code null}
 * @param author   the commit's author, or {@code null} when not shown
 */
public record LastUpdateView(String isoDate, String date, String author) {
}
