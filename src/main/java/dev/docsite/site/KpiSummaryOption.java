package dev.docsite.site;

import dev.docsite.config.KpiConfig;
import dev.docsite.content.Page;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a page shows the strip of its KPIs under its title: its frontmatter {@code kpi_summary: top | none} wins
 * over {@code kpi.summary} in site.yml. Any other frontmatter value is a {@code frontmatter} warning at its line, and
 * the site's setting applies.
 */
final class KpiSummaryOption {

    static final String FIELD = "kpi_summary";

    private KpiSummaryOption() {
    }

    static KpiConfig.Summary of(Page page, KpiConfig config) {
        return written(page).orElse(config.summary());
    }

    /** The problem with the page's {@code kpi_summary}, if its value is neither {@code top} nor {@code none}. */
    static Optional<Problem> problem(Page page) {
        Object value = page.frontMatter().all().get(FIELD);
        if (value == null || written(page).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Problem.warning(ProblemCode.FRONTMATTER, page.source().displayPath(),
                page.frontMatter().lineOf(FIELD), 1, FIELD + ": expected 'top' or 'none', got '" + value
                        + "'; the site's kpi.summary applies"));
    }

    private static Optional<KpiConfig.Summary> written(Page page) {
        Object value = page.frontMatter().all().get(FIELD);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        for (KpiConfig.Summary s : KpiConfig.Summary.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
