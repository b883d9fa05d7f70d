package dev.docsite.bench;

import java.nio.file.Path;

/**
 * What {@link CorpusGenerator#generate} wrote.
 *
 * @param siteRoot     folder holding {@code site.yml}, {@code content/}, {@code static/}, {@code data/}, {@code hugo/}
 * @param pages        regular pages written (section and home index pages not counted)
 * @param indexPages   section {@code index.md} pages plus the home page
 * @param kpiPages     regular pages that reference KPIs
 * @param kpis         KPIs in the feed
 * @param firstPageUrl URL of the first page, for the preview-server measurements
 * @param firstPageFile that page's Markdown file
 */
public record CorpusSummary(Path siteRoot, int pages, int indexPages, int kpiPages, int kpis, String firstPageUrl,
                            Path firstPageFile) {
}
