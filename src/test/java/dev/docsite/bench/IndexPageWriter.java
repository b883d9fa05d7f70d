package dev.docsite.bench;

import java.util.List;

/** The home page, each section's {@code index.md} and {@code _category_.yml}. */
final class IndexPageWriter {

    static final String HANDBOOK_TITLE = "Security Programme Handbook";
    private static final int LISTED_PAGES = 10;

    private IndexPageWriter() {
    }

    static String category(CorpusSection section) {
        return "label: " + Yaml.quote(section.label()) + "\nposition: " + section.position() + "\n";
    }

    static String sectionIndex(CorpusSection section, List<PagePlan> pages) {
        StringBuilder md = new StringBuilder();
        md.append("---\n")
                .append("title: ").append(Yaml.quote(section.label())).append('\n')
                .append("sidebar_label: \"Overview\"\n")
                .append("sidebar_position: 0\n")
                .append("description: ").append(Yaml.quote("Runbooks, standards and playbooks for "
                        + Prose.lowerFirst(section.label()) + ".")).append('\n')
                .append("tags: [").append(section.tag()).append("]\n")
                .append("---\n\n");
        md.append("This section collects the documents the programme uses for *").append(Prose.lowerFirst(section.label()))
                .append("*: who owns what,\nhow work is triaged and escalated, and which evidence auditors expect.\n\n");
        md.append("## Pages in this section\n\n");
        for (PagePlan page : pages.subList(0, Math.min(LISTED_PAGES, pages.size()))) {
            md.append("- [").append(page.sidebarLabel()).append("](./").append(page.folder()).append(page.slug()).append(".md)\n");
        }
        md.append("\n:::note\nThe section holds ").append(pages.size())
                .append(" pages; the sidebar lists all of them in order.\n:::\n");
        return md.toString();
    }

    static String home(List<CorpusSection> sections, int pageCount) {
        StringBuilder md = new StringBuilder();
        md.append("---\n")
                .append("title: ").append(Yaml.quote(HANDBOOK_TITLE)).append('\n')
                .append("sidebar_label: \"Welcome\"\n")
                .append("sidebar_position: 0\n")
                .append("description: \"How the security programme is run: one section per area, ")
                .append(pageCount).append(" pages in all.\"\n")
                .append("tags: [overview]\n")
                .append("---\n\n");
        md.append("This handbook is a synthetic corpus generated for benchmarks. It reads like a real\n")
                .append("security programme handbook, with **runbooks**, *standards* and playbooks per area.\n\n");
        md.append("## Sections\n\n");
        for (CorpusSection section : sections) {
            md.append("- [").append(section.label()).append("](./").append(section.dirName()).append("/index.md)\n");
        }
        return md.toString();
    }
}
