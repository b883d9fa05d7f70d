package dev.docsite.nav;

import dev.docsite.config.ContentRoot;
import dev.docsite.content.Page;
import dev.docsite.docusaurus.DocsTagsFile;
import dev.docsite.docusaurus.ReportingSeverity;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The docs plugin's {@code onInlineTags} (Docusaurus 3.4+): a doc's tags that its version's tags file does not define,
 * reported once per doc at its {@code tags} line, as an error for {@code throw} (which stops Docusaurus's build), a
 * warning for {@code warn} and {@code log}, not at all for {@code ignore} or without a tags file.
 */
public final class InlineTagsCheck {

    private InlineTagsCheck() {
    }

    public static List<Problem> problems(List<Page> pages) {
        List<Problem> problems = new ArrayList<>();
        for (Page page : pages) {
            ContentRoot root = page.source().root();
            DocsTagsFile file = root.version().map(v -> v.tags()).orElse(DocsTagsFile.NONE);
            if (root.kind() != ContentRoot.Kind.DOCS || !file.exists()
                    || file.onInlineTags() == ReportingSeverity.IGNORE || page.frontMatter().tags().isEmpty()) {
                continue;
            }
            Set<String> inline = new LinkedHashSet<>();
            for (String tag : page.frontMatter().tags()) {
                if (!file.tags().containsKey(tag)) {
                    inline.add(tag);
                }
            }
            if (!inline.isEmpty()) {
                Severity severity = file.onInlineTags() == ReportingSeverity.THROW ? Severity.ERROR : Severity.WARNING;
                problems.add(new Problem(severity, ProblemCode.TAGS, page.source().displayPath(),
                        page.frontMatter().lineOf("tags"), 0, "tags [" + String.join(", ", inline) + "] are not"
                        + " defined in " + file.name() + "; add them to it, or set the docs plugin's onInlineTags"
                        + " to 'ignore'", null));
            }
        }
        return problems;
    }
}
