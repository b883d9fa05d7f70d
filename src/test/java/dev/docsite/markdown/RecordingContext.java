package dev.docsite.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link RenderContext} for specifications: records every call and answers predictably. */
final class RecordingContext implements RenderContext {

    final List<LinkRef> rewritten = new ArrayList<>();
    final List<String> inlineKpis = new ArrayList<>();
    final List<List<String>> kpiBlocks = new ArrayList<>();
    final List<Heading> headings = new ArrayList<>();
    private final Map<String, String> brokenReasons = new HashMap<>();
    private final Map<String, String> rewrites = new HashMap<>();
    private final Map<String, String> afterHeadings = new HashMap<>();

    RecordingContext broken(String target, String reason) {
        brokenReasons.put(target, reason);
        return this;
    }

    RecordingContext rewriting(String target, String url) {
        rewrites.put(target, url);
        return this;
    }

    RecordingContext after(String headingId, String html) {
        afterHeadings.put(headingId, html);
        return this;
    }

    @Override
    public LinkRewrite rewrite(LinkRef ref) {
        rewritten.add(ref);
        String url = rewrites.getOrDefault(ref.target(), ref.target());
        String reason = brokenReasons.get(ref.target());
        return reason != null ? LinkRewrite.broken(url, reason) : LinkRewrite.unchanged(url);
    }

    @Override
    public String inlineKpi(String id) {
        inlineKpis.add(id);
        return "<span class=\"kpi\" data-kpi=\"" + id + "\">42</span>";
    }

    @Override
    public String kpiBlock(List<String> ids) {
        kpiBlocks.add(ids);
        return "<div class=\"kpi-block\">" + String.join(",", ids) + "</div>";
    }

    @Override
    public String afterHeading(Heading heading) {
        headings.add(heading);
        return afterHeadings.get(heading.id());
    }
}
