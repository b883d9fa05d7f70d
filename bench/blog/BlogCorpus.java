import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes two Docusaurus sites of the same seeded text for the blog benchmark (docs/benchmarks.md): {@code docs-site}
 * with N docs pages in 20 folders, and {@code blog-site} with one doc and N blog posts (dated file names, a
 * truncation marker, 3 of 20 tags, 1 of 5 authors from authors.yml). Each page links to the previous one.
 *
 * <pre>java bench/blog/BlogCorpus.java /tmp/blog-bench 1000</pre>
 */
public final class BlogCorpus {

    private static final String[] WORDS = ("risk scan finding triage owner backlog release policy gate secret token"
            + " dependency license container cluster threat model review control evidence audit metric trend team"
            + " service build pipeline deploy branch commit issue ticket severity critical high medium low").split(" ");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path docsSite = out.resolve("docs-site");
        Path blogSite = out.resolve("blog-site");
        config(docsSite, "blog: false");
        config(blogSite, "blog: {postsPerPage: 10, feedOptions: {type: 'all'}}");
        Files.createDirectories(blogSite.resolve("docs"));
        Files.writeString(blogSite.resolve("docs/intro.md"), "# Intro\n\nRead the [blog](/blog).\n");
        StringBuilder authors = new StringBuilder();
        for (int a = 0; a < 5; a++) {
            authors.append("author").append(a).append(":\n  name: Author ").append(a).append("\n  title: Engineer\n");
        }
        Files.createDirectories(blogSite.resolve("blog"));
        Files.writeString(blogSite.resolve("blog/authors.yml"), authors);
        Random random = new Random(42);
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < n; i++) {
            String body = body(random, i);
            String folder = "section-" + (i % 20);
            Path doc = docsSite.resolve("docs/" + folder + "/page-" + i + ".md");
            Files.createDirectories(doc.getParent());
            String docLink = i == 0 ? "" : "\n\nPrevious: [page " + (i - 1) + "](../section-" + ((i - 1) % 20)
                    + "/page-" + (i - 1) + ".md)\n";
            Files.writeString(doc, "---\ntitle: Page " + i + "\n---\n\n" + body.replace("\n<!-- truncate -->\n", "")
                    + docLink);
            String post = start.plusDays(i) + "-post-" + i + ".md";
            String postLink = i == 0 ? "" : "\n\nPrevious: [post " + (i - 1) + "](./" + start.plusDays(i - 1) + "-post-"
                    + (i - 1) + ".md)\n";
            Files.writeString(blogSite.resolve("blog/" + post), "---\ntitle: Post " + i + "\nauthors: [author"
                    + (i % 5) + "]\ntags: [tag" + (i % 20) + ", tag" + ((i + 7) % 20) + ", tag" + ((i + 13) % 20)
                    + "]\n---\n\n" + body + postLink);
        }
    }

    private static void config(Path site, String blog) throws IOException {
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("docusaurus.config.js"), "module.exports = {\n  title: 'Bench',\n"
                + "  url: 'https://bench.example.com',\n  baseUrl: '/',\n  presets: [['classic', {docs: {}, " + blog
                + "}]],\n};\n");
    }

    private static String body(Random random, int i) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            if (p == 1) {
                text.append("<!-- truncate -->\n\n");
            }
            if (p % 2 == 0) {
                text.append("## Section ").append(p).append("\n\n");
            }
            for (int w = 0; w < 60; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ".\n" : " ");
            }
            text.append("\n\n");
        }
        return text.toString();
    }
}
