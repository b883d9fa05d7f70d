package dev.docsite.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link RenderContext} of the Markdown golden cases: KPI widgets are small fixed placeholders (the real widgets
 * are pinned by the sample site's golden output), and links are resolved by a case's {@code links.txt}: one
 * {@code target -> url} or {@code target -> broken: reason} per line; a target not listed is written unchanged.
 * Every link the renderer asks about is recorded, so a case pins where links are found as well as how they are written.
 */
final class GoldenRenderContext implements RenderContext {

    private static final String ARROW = " -> ";
    private static final String BROKEN = "broken: ";

    private final Map<String, String> resolutions = new LinkedHashMap<>();
    private final List<String> asked = new ArrayList<>();

    /** @param linksFile the text of {@code links.txt}, or an empty string */
    GoldenRenderContext(String linksFile) {
        for (String line : linksFile.split("\n")) {
            int arrow = line.indexOf(ARROW);
            if (arrow > 0) {
                resolutions.put(line.substring(0, arrow), line.substring(arrow + ARROW.length()));
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("links.txt: expected 'target -> url', got '" + line + "'");
            }
        }
    }

    /** The links asked about, one per line: {@code line:column KIND target -> how it was written}. */
    String askedLinks() {
        return asked.isEmpty() ? "" : String.join("\n", asked) + "\n";
    }

    @Override
    public LinkRewrite rewrite(LinkRef ref) {
        String resolution = resolutions.get(ref.target());
        LinkRewrite rewrite;
        if (resolution == null) {
            rewrite = LinkRewrite.unchanged(ref.target());
        } else if (resolution.startsWith(BROKEN)) {
            rewrite = LinkRewrite.broken(ref.target(), resolution.substring(BROKEN.length()));
        } else {
            rewrite = LinkRewrite.unchanged(resolution);
        }
        asked.add(ref.line() + ":" + ref.column() + " " + ref.kind() + " " + ref.target() + ARROW
                + (rewrite.broken() ? BROKEN + rewrite.reason() : rewrite.url()));
        return rewrite;
    }

    @Override
    public String inlineKpi(String id) {
        return "<span class=\"kpi-inline\" data-kpi=\"" + id + "\">(" + id + ")</span>";
    }

    @Override
    public String kpiBlock(List<String> ids) {
        return "<div class=\"kpi-block\" data-kpis=\"" + String.join(" ", ids) + "\"></div>";
    }

    @Override
    public String afterHeading(Heading heading) {
        return null;
    }
}
