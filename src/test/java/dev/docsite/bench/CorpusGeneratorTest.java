package dev.docsite.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docsite.config.ConfigLoader;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final int PAGES = 60;

    @TempDir
    static Path shared;

    private static CorpusSummary corpus;
    private static Map<String, GeneratedPage> pages;

    @BeforeAll
    static void generateOnce() throws IOException {
        corpus = CorpusGenerator.generate(shared.resolve("site"), PAGES, 42);
        pages = new TreeMap<>();
        Path content = corpus.siteRoot().resolve("content");
        for (Path file : files(content)) {
            if (file.getFileName().toString().startsWith("page-")) {
                pages.put(content.relativize(file).toString(), GeneratedPage.read(file));
            }
        }
    }

    @Test
    void sameSeedGivesByteIdenticalFileTrees(@TempDir Path dir) throws IOException {
        CorpusGenerator.generate(dir.resolve("again"), PAGES, 42);

        Map<String, byte[]> first = snapshot(corpus.siteRoot());
        Map<String, byte[]> second = snapshot(dir.resolve("again"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void differentSeedGivesDifferentPagesAndFeed(@TempDir Path dir) throws IOException {
        CorpusGenerator.generate(dir.resolve("other"), PAGES, 7);

        Map<String, byte[]> first = snapshot(corpus.siteRoot());
        Map<String, byte[]> other = snapshot(dir.resolve("other"));
        long differentPages = first.keySet().stream()
                .filter(p -> p.contains("/page-"))
                .filter(p -> !Arrays.equals(first.get(p), other.get(p)))
                .count();
        assertTrue(differentPages > PAGES / 2, "only " + differentPages + " pages differ");
        assertFalse(Arrays.equals(first.get("data/kpi-feed.json"), other.get("data/kpi-feed.json")));
    }

    @Test
    void writesTheRequestedNumberOfPagesInTwentySectionsWithCategoryAndIndex() throws IOException {
        assertEquals(PAGES, pages.size());
        assertEquals(PAGES, corpus.pages());
        Path content = corpus.siteRoot().resolve("content");
        List<Path> sections;
        try (Stream<Path> s = Files.list(content)) {
            sections = s.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(20, sections.size());
        assertEquals("section-01-identity", sections.get(0).getFileName().toString());
        for (Path section : sections) {
            String category = Files.readString(section.resolve("_category_.yml"));
            assertTrue(category.contains("label: ") && category.contains("position: "), category);
            assertTrue(GeneratedPage.read(section.resolve("index.md")).frontmatter().containsKey("title"));
        }
        assertEquals("/section-01-identity/page-0001/", corpus.firstPageUrl());
        assertTrue(Files.isRegularFile(corpus.firstPageFile()));
    }

    @Test
    void everyPageHasDocusaurusFrontmatterAndSixtyToHundredTwentyBodyLines() {
        Set<String> ids = new HashSet<>();
        for (GeneratedPage page : pages.values()) {
            Map<String, Object> fm = page.frontmatter();
            for (String key : List.of("id", "title", "sidebar_label", "sidebar_position", "description", "tags")) {
                assertTrue(fm.containsKey(key), page.file() + " lacks " + key);
            }
            assertTrue(fm.get("tags") instanceof List<?> tags && !tags.isEmpty(), page.file() + ": tags");
            assertTrue(fm.get("sidebar_position") instanceof Integer, page.file() + ": sidebar_position");
            assertTrue(ids.add(page.file().getParent().getFileName() + "/" + fm.get("id")));
            int lines = page.bodyLines().size();
            assertTrue(lines >= 60 && lines <= 120, page.file() + " has " + lines + " body lines");
        }
    }

    @Test
    void everyPageHasHeadingsTableCodeAdmonitionImageAndFiveToTenLinks() {
        for (GeneratedPage page : pages.values()) {
            String where = page.file().toString();
            assertTrue(page.headings().size() >= 4, where + ": headings");
            assertTrue(page.bodyLines().stream().anyMatch(l -> l.startsWith("## ")), where + ": h2");
            assertEquals(1, page.tables(), where + ": table");
            assertTrue(page.codeLanguages().stream().anyMatch(l -> List.of("yaml", "bash", "json", "sql", "python", "hcl").contains(l)),
                    where + ": code block with a language");
            assertTrue(page.bodyLines().stream().anyMatch(l -> l.matches(":::(note|warning|tip\\[[^\\]]+])")), where + ": admonition");
            assertTrue(page.bodyLines().stream().anyMatch(l -> l.matches("[A-Za-z].*\\*[^* ][^*]*\\*.*")), where + ": emphasis");
            assertTrue(page.bodyLines().stream().anyMatch(l -> l.matches("[A-Za-z].*`[^`]+`.*")), where + ": inline code");
            assertTrue(page.bodyLines().stream().anyMatch(l -> l.startsWith("- ") || l.startsWith("1. ")), where + ": list");
            assertEquals(1, page.images().size(), where + ": image");
            assertTrue(page.images().get(0).matches("/img/diagram-\\d+\\.svg"), where + ": " + page.images());
            assertTrue(page.links().size() >= 5 && page.links().size() <= 10, where + ": " + page.links().size() + " links");
        }
    }

    @Test
    void everyImageIsAGeneratedSvg() {
        for (GeneratedPage page : pages.values()) {
            for (String image : page.images()) {
                Path svg = corpus.siteRoot().resolve("static").resolve(image.substring(1));
                assertTrue(Files.isRegularFile(svg), page.file() + ": " + image);
            }
        }
        assertEquals(10, files(corpus.siteRoot().resolve("static/img")).size());
    }

    @Test
    void everyRelativeLinkPointsToAnotherGeneratedPageAndEveryAnchorToAHeadingOfIt() throws IOException {
        Set<String> forms = new HashSet<>();
        int anchors = 0;
        for (Map.Entry<String, GeneratedPage> e : pages.entrySet()) {
            Path file = e.getValue().file();
            for (String link : e.getValue().links()) {
                assertTrue(link.startsWith("./") || link.startsWith("../"), file + ": not relative: " + link);
                String path = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                forms.add((link.startsWith("../") ? "up" : "same") + (path.endsWith(".md") ? "-md" : "-bare"));
                Path target = file.getParent().resolve(path.endsWith(".md") ? path : path + ".md").normalize();
                assertTrue(Files.isRegularFile(target), file + ": link to missing page " + link);
                assertNotEquals(file, target, file + ": links to itself");
                if (link.contains("#")) {
                    anchors++;
                    String fragment = link.substring(link.indexOf('#') + 1);
                    List<String> slugs = GeneratedPage.read(target).headings().stream().map(GeneratedPage::githubSlug).toList();
                    assertTrue(slugs.contains(fragment), file + ": " + link + " names no heading of " + target + " " + slugs);
                }
            }
        }
        assertEquals(Set.of("up-md", "up-bare", "same-md", "same-bare"), forms);
        assertTrue(anchors > PAGES, "only " + anchors + " links with anchors");
    }

    @Test
    void sectionAndHomeIndexLinksPointToGeneratedPages() throws IOException {
        Path content = corpus.siteRoot().resolve("content");
        List<Path> indexes = files(content).stream().filter(f -> f.getFileName().toString().equals("index.md")).toList();
        assertEquals(21, indexes.size());
        for (Path index : indexes) {
            for (String link : GeneratedPage.read(index).links()) {
                assertTrue(Files.isRegularFile(index.getParent().resolve(link).normalize()), index + ": " + link);
            }
        }
    }

    @Test
    void aThirdOfPagesReferenceKpisAndEveryReferencedKpiIsInTheFeed() throws IOException {
        Set<String> feedIds = new HashSet<>();
        readFeed().get("kpis").forEach(k -> feedIds.add(k.get("id").asText()));

        int withKpis = 0;
        boolean fence = false;
        boolean inline = false;
        for (GeneratedPage page : pages.values()) {
            if (!page.kpiIds().isEmpty()) {
                withKpis++;
                assertTrue(page.kpiIds().size() <= 3, page.file() + ": " + page.kpiIds());
            }
            assertTrue(feedIds.containsAll(page.kpiIds()), page.file() + ": " + page.kpiIds() + " not all in feed");
            fence |= page.codeLanguages().contains("kpi");
            inline |= page.bodyLines().stream().anyMatch(l -> l.contains(":kpi["));
        }
        assertEquals(PAGES / 3, withKpis);
        assertEquals(withKpis, corpus.kpiPages());
        assertTrue(fence && inline, "both KPI forms are used");
    }

    @Test
    void kpiFeedIsValidJsonWithTheContractFields() throws IOException {
        JsonNode feed = readFeed();
        Instant generatedAt = Instant.parse(feed.get("generated_at").asText());
        assertEquals(KpiFeedWriter.generatedAt(42), generatedAt);
        assertFalse(feed.get("source").asText().isBlank());
        assertEquals(20, feed.get("kpis").size());
        Set<String> ids = new HashSet<>();
        for (JsonNode kpi : feed.get("kpis")) {
            String id = kpi.get("id").asText();
            assertTrue(ids.add(id), "duplicate id " + id);
            assertFalse(kpi.get("label").asText().isBlank());
            assertTrue(Set.of("count", "percent", "days", "hours", "ratio").contains(kpi.get("unit").asText()), id);
            assertTrue(Set.of("up", "down").contains(kpi.get("better").asText()), id);
            assertTrue(kpi.get("value").isNumber() && kpi.get("target").isNumber(), id);
            Instant asOf = Instant.parse(kpi.get("as_of").asText());
            assertFalse(asOf.isAfter(generatedAt), id);
            JsonNode series = kpi.get("series");
            assertEquals(12, series.size(), id);
            LocalDate previous = LocalDate.MIN;
            for (JsonNode point : series) {
                LocalDate t = LocalDate.parse(point.get("t").asText());
                assertTrue(t.isAfter(previous), id + ": series in date order");
                assertTrue(point.get("v").isNumber(), id);
                previous = t;
            }
            JsonNode breakdown = kpi.get("breakdown");
            assertFalse(breakdown.get("by").asText().isBlank(), id);
            assertTrue(breakdown.get("rows").size() >= 3, id);
            for (JsonNode row : breakdown.get("rows")) {
                assertTrue(row.get("key").isTextual() && row.get("value").isNumber(), id);
            }
        }
    }

    @Test
    void siteYmlLoadsWithDocsiteConfigAndPointsAtTheGeneratedFolders() throws Exception {
        SiteConfig config = ConfigLoader.load(corpus.siteRoot(), ConfigOverrides.none());

        assertEquals(corpus.siteRoot().resolve("content"), config.contentDir());
        assertEquals(corpus.siteRoot().resolve("static"), config.staticDir());
        assertEquals(corpus.siteRoot().resolve("site-output"), config.outDir());
        assertEquals("data/kpi-feed.json", config.kpi().feed());
        assertTrue(Files.isRegularFile(corpus.siteRoot().resolve(config.kpi().feed())));
        assertTrue(config.title().startsWith("Security Programme Handbook"));
    }

    @Test
    void hugoSiteMountsTheSameContentAndCopiesEachIndexAsSectionPage() throws IOException {
        Path hugo = corpus.siteRoot().resolve("hugo");
        String toml = Files.readString(hugo.resolve("hugo.toml"));
        assertTrue(toml.contains("disableKinds = [\"taxonomy\", \"term\", \"RSS\"]"), toml);
        assertTrue(toml.contains("source = \"../content\""), toml);
        assertTrue(toml.contains("baseURL"), toml);
        Path content = corpus.siteRoot().resolve("content");
        for (Path index : files(content).stream().filter(f -> f.getFileName().toString().equals("index.md")).toList()) {
            Path copy = hugo.resolve("sections").resolve(content.relativize(index.getParent())).resolve("_index.md");
            assertArrayEquals(Files.readAllBytes(index), Files.readAllBytes(copy), copy.toString());
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CorpusGenerator.generate(corpus.siteRoot(), PAGES, 42));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    @Test
    void refusesFewerThanOnePage(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.generate(dir.resolve("x"), 0, 42));
    }

    @Test
    void tinyCorporaStillLinkOnlyToOtherPages(@TempDir Path dir) throws IOException {
        CorpusSummary tiny = CorpusGenerator.generate(dir.resolve("tiny"), 3, 1);
        assertEquals(3, tiny.pages());
        for (Path file : files(tiny.siteRoot().resolve("content"))) {
            if (file.getFileName().toString().startsWith("page-")) {
                GeneratedPage page = GeneratedPage.read(file);
                assertEquals(2, page.links().size(), file.toString());
            }
        }
    }

    private static JsonNode readFeed() throws IOException {
        return new ObjectMapper().readTree(corpus.siteRoot().resolve("data/kpi-feed.json").toFile());
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> map = new HashMap<>();
        for (Path file : files(root)) {
            map.put(root.relativize(file).toString(), Files.readAllBytes(file));
        }
        return map;
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
