package dev.docsite.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the Markdown of one regular page: Docusaurus frontmatter, then 60 to 120 body lines with headings from the
 * page's plan, paragraphs, a list, a table, a code block, an admonition, an image, 5 to 10 links to other pages and,
 * on pages planned with KPIs, a {@code kpi} fence or an inline {@code :kpi[id]}. Thread-safe: depends only on its
 * arguments.
 */
final class PageWriter {

    static final int MIN_BODY_LINES = 60;
    static final int MAX_BODY_LINES = 120;
    static final int DIAGRAMS = 10;

    private enum Block { TABLE, CODE, ADMONITION, IMAGE, LIST, KPI }

    /** Average bytes per body line of the default corpus (blank lines included), to turn KB into lines. */
    static final int BYTES_PER_LINE = 48;

    private final CorpusPlan corpus;
    private final CorpusShape shape;
    private final int minLines;
    private final int maxLines;

    PageWriter(CorpusPlan corpus) {
        this(corpus, CorpusShape.DEFAULT);
    }

    PageWriter(CorpusPlan corpus, CorpusShape shape) {
        this.corpus = corpus;
        this.shape = shape;
        int lines = shape.pageKb() * 1024 / BYTES_PER_LINE;
        this.minLines = shape.pageKb() == 0 ? MIN_BODY_LINES : lines * 3 / 4;
        this.maxLines = shape.pageKb() == 0 ? MAX_BODY_LINES : lines * 5 / 4;
    }

    String write(PagePlan page) {
        // A rare draw of many long blocks can overflow the line budget; another draw from the same seed fits.
        String shortest = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            String[] markdown = {null};
            boolean fits = attempt(page, CorpusPlanner.randomFor(corpus.seed(), page.index(),
                    CorpusPlanner.BODY_STREAM + attempt), markdown);
            if (fits) {
                return markdown[0];
            }
            if (shortest == null || markdown[0].length() < shortest.length()) {
                shortest = markdown[0];
            }
        }
        if (!shape.isDefault()) {
            return shortest; // a shape's small pages may not hold all the fixed blocks; its page is a little longer
        }
        throw new IllegalStateException(page.contentPath() + ": no body of at most " + MAX_BODY_LINES + " lines found");
    }

    /** Writes the page into {@code result[0]}; returns whether it is within the line budget. */
    private boolean attempt(PagePlan page, SplittableRandom random, String[] result) {
        Prose prose = new Prose(random, page);
        Deque<String> links = new ArrayDeque<>(links(page, random));

        List<String> intro = paragraph(List.of(
                "This " + page.docKind() + " describes how the programme runs *" + Prose.lowerFirst(page.subject())
                        + "* in the " + Prose.lowerFirst(page.section().label()) + " area.",
                "Tickets created by this process carry the " + Prose.code("security") + " label and an owner.",
                prose.sentence()));

        List<Group> groups = groups(page);
        List<Block> blocks = new ArrayList<>(List.of(Block.TABLE, Block.CODE, Block.ADMONITION, Block.IMAGE, Block.LIST));
        if (shape.pageKb() > 0 && shape.pageKb() <= 2) {
            blocks.removeAll(List.of(Block.ADMONITION, Block.LIST)); // a 1-2 KB page holds little beside its links
        }
        switch (shape.mix()) {
            case PROSE -> blocks.removeAll(List.of(Block.TABLE, Block.CODE));
            case TABLES -> blocks.addAll(List.of(Block.TABLE, Block.TABLE));
            case CODE -> blocks.addAll(List.of(Block.CODE, Block.CODE));
            default -> { }
        }
        if (page.hasKpis()) {
            blocks.add(Block.KPI);
        }
        for (Group group : groups) {
            group.lead.add(paragraph(prose, links, 1 + random.nextInt(3)));
        }
        for (Block block : blocks) {
            groups.get(random.nextInt(groups.size())).lead.add(block(block, prose, links, page));
        }
        for (Group group : groups) {
            for (Sub sub : group.subs) {
                sub.blocks.add(random.nextInt(3) == 0 ? list(prose, links) : paragraph(prose, links, 2 + random.nextInt(2)));
            }
        }
        if (!links.isEmpty()) {
            groups.get(groups.size() - 1).lead.add(paragraph(List.of("See also " + String.join(", ", links) + ".")));
            links.clear();
        }

        int target = minLines + random.nextInt(maxLines - minLines + 1);
        List<String> body = body(intro, groups);
        while (body.size() < target) {
            List<String> filler = filler(prose, links, random);
            if (body.size() + filler.size() + 1 > maxLines) {
                filler = paragraph(List.of(prose.sentence()));
            }
            Group group = groups.get(random.nextInt(groups.size()));
            if (group.subs.isEmpty() || random.nextBoolean()) {
                group.lead.add(filler);
            } else {
                group.subs.get(random.nextInt(group.subs.size())).blocks.add(filler);
            }
            body = body(intro, groups);
        }
        result[0] = frontmatter(page) + String.join("\n", body) + "\n";
        return body.size() <= maxLines;
    }

    /** What fills a page up to its size: paragraphs, and in table- or code-heavy shapes every other block one. */
    private List<String> filler(Prose prose, Deque<String> links, SplittableRandom random) {
        if (shape.mix() == CorpusShape.Mix.TABLES && random.nextBoolean()) {
            return prose.table();
        }
        if (shape.mix() == CorpusShape.Mix.CODE && random.nextBoolean()) {
            return prose.codeBlock();
        }
        return paragraph(prose, links, 1 + random.nextInt(3));
    }

    private static String frontmatter(PagePlan page) {
        List<String> tags = new ArrayList<>(List.of(page.section().tag(), page.docKind().replace(' ', '-').toLowerCase(Locale.ROOT)));
        if (page.hasKpis()) {
            tags.add("kpi");
        }
        return "---\n"
                + "id: " + page.slug() + "\n"
                + "title: " + Yaml.quote(page.title()) + "\n"
                + "sidebar_label: " + Yaml.quote(page.sidebarLabel()) + "\n"
                + "sidebar_position: " + page.positionInSection() + "\n"
                + "description: " + Yaml.quote(Prose.description(page.subject(), page.docKind(), page.section().label())) + "\n"
                + "tags: [" + String.join(", ", tags) + "]\n"
                + "---\n\n";
    }

    /** 5 to 10 links to other pages, about 40% in the same section, about a third with an anchor. */
    private List<String> links(PagePlan page, SplittableRandom random) {
        List<PagePlan> all = corpus.pages();
        List<PagePlan> sameSection = corpus.pagesOf(page.section());
        int drawn = 5 + random.nextInt(6);
        int perPage = shape.links() > 0 ? shape.links() : shape.mix() == CorpusShape.Mix.LINKS ? 25 : drawn;
        int wanted = Math.min(perPage, all.size() - 1);
        Set<Integer> chosen = new HashSet<>();
        List<String> links = new ArrayList<>();
        for (int attempt = 0; links.size() < wanted && attempt < 200 + 20 * wanted; attempt++) {
            boolean local = sameSection.size() > 1 && random.nextInt(5) < 2;
            PagePlan target = local ? sameSection.get(random.nextInt(sameSection.size())) : all.get(random.nextInt(all.size()));
            if (target.index() == page.index() || !chosen.add(target.index())) {
                continue;
            }
            String href;
            if (local) {
                href = relative(page.dir(), target.dir()) + target.slug() + (random.nextInt(10) < 7 ? "" : ".md");
            } else {
                // Up to the content folder and down again, as a writer links into another section.
                href = "../".repeat(page.dir().split("/").length) + target.dir() + target.slug()
                        + (random.nextInt(10) < 8 ? ".md" : "");
            }
            if (random.nextInt(100) < shape.anchorPercent()) {
                href += "#" + target.headings().get(random.nextInt(target.headings().size())).slug();
            }
            links.add(("[" + target.sidebarLabel() + "](" + href + ")").replace(' ', Prose.KEEP));
        }
        return links;
    }

    /** The relative path from one content folder to another, both ending with {@code /}: {@code ./}, {@code ../x/}. */
    static String relative(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length && common < b.length && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder rel = new StringBuilder(common == a.length ? "./" : "");
        rel.append("../".repeat(a.length - common));
        for (int i = common; i < b.length; i++) {
            rel.append(b[i]).append('/');
        }
        return rel.toString();
    }

    private List<String> block(Block block, Prose prose, Deque<String> links, PagePlan page) {
        return switch (block) {
            case TABLE -> prose.table();
            case CODE -> prose.codeBlock();
            case LIST -> list(prose, links);
            case IMAGE -> List.of("![" + page.subject() + " overview diagram](/img/diagram-" + (1 + prose.nextInt(DIAGRAMS)) + ".svg)");
            case ADMONITION -> admonition(prose);
            case KPI -> kpis(prose);
        };
    }

    private static List<String> admonition(Prose prose) {
        String open = switch (prose.nextInt(3)) {
            case 0 -> ":::note";
            case 1 -> ":::tip[" + prose.tipTitle() + "]";
            default -> ":::warning";
        };
        List<String> lines = new ArrayList<>();
        lines.add(open);
        lines.addAll(Prose.wrap(prose.sentence() + " " + prose.sentence()));
        lines.add(":::");
        return lines;
    }

    /** One to three KPI ids, as a fence, an inline reference, or both. */
    private static List<String> kpis(Prose prose) {
        List<KpiDefinition> pool = new ArrayList<>(KpiCatalog.ALL);
        List<String> ids = new ArrayList<>();
        int count = 1 + prose.nextInt(3);
        for (int i = 0; i < count; i++) {
            ids.add(pool.remove(prose.nextInt(pool.size())).id());
        }
        int form = ids.size() == 1 ? prose.nextInt(2) : prose.nextInt(3);
        List<String> lines = new ArrayList<>();
        if (form == 1) {
            lines.addAll(Prose.wrap("Current reading: :kpi[" + ids.get(0) + "], compared with the target agreed with the programme owner."));
            return lines;
        }
        List<String> fenced = form == 2 ? ids.subList(1, ids.size()) : ids;
        if (form == 2) {
            lines.addAll(Prose.wrap("The headline indicator is :kpi[" + ids.get(0) + "]; the others come from the same feed:"));
        } else {
            lines.add("The indicators below come from the programme's KPI feed:");
        }
        lines.add("");
        lines.add("```kpi");
        lines.addAll(fenced);
        lines.add("```");
        return lines;
    }

    private static List<String> list(Prose prose, Deque<String> links) {
        boolean ordered = prose.nextInt(2) == 0;
        int items = 3 + prose.nextInt(4);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            String link = !links.isEmpty() && prose.nextInt(10) < 3 ? links.poll() : null;
            String item = prose.listItem(link).replace(Prose.KEEP, ' ');
            lines.add((ordered ? i + ". " : "- ") + item);
        }
        return lines;
    }

    private static List<String> paragraph(Prose prose, Deque<String> links, int sentences) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            parts.add(!links.isEmpty() && prose.nextInt(10) < 4 ? prose.linkSentence(links.poll()) : prose.sentence());
        }
        return paragraph(parts);
    }

    private static List<String> paragraph(List<String> sentences) {
        return Prose.wrap(String.join(" ", sentences));
    }

    private static List<Group> groups(PagePlan page) {
        List<Group> groups = new ArrayList<>();
        for (PlannedHeading heading : page.headings()) {
            if (heading.level() == 2) {
                groups.add(new Group(heading));
            } else {
                groups.get(groups.size() - 1).subs.add(new Sub(heading));
            }
        }
        return groups;
    }

    private static List<String> body(List<String> intro, List<Group> groups) {
        List<String> lines = new ArrayList<>(intro);
        for (Group group : groups) {
            addBlock(lines, List.of("## " + group.heading.text()));
            group.lead.forEach(block -> addBlock(lines, block));
            for (Sub sub : group.subs) {
                addBlock(lines, List.of("### " + sub.heading.text()));
                sub.blocks.forEach(block -> addBlock(lines, block));
            }
        }
        return lines;
    }

    private static void addBlock(List<String> lines, List<String> block) {
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.addAll(block);
    }

    /** An h2 heading with the blocks under it and its h3 subsections. */
    private static final class Group {
        final PlannedHeading heading;
        final List<List<String>> lead = new ArrayList<>();
        final List<Sub> subs = new ArrayList<>();

        Group(PlannedHeading heading) {
            this.heading = heading;
        }
    }

    /** An h3 heading with the blocks under it. */
    private static final class Sub {
        final PlannedHeading heading;
        final List<List<String>> blocks = new ArrayList<>();

        Sub(PlannedHeading heading) {
            this.heading = heading;
        }
    }
}
