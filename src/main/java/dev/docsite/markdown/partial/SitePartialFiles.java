package dev.docsite.markdown.partial;

import dev.docsite.problem.IoReason;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads partials from disk: relative to the importing file, or from the site folder for {@code @site/}, only inside
 * the folders content may read (the real path of a symbolic link included).
 */
public final class SitePartialFiles implements PartialFiles {

    private final Path siteRoot;
    private final Predicate<Path> readable;
    private final Function<Path, String> display;

    /**
     * @param siteRoot the site folder ({@code @site/})
     * @param readable whether content may read a file ({@code SiteConfig::readable})
     * @param display  a path as shown in problems ({@code SiteConfig::display})
     */
    public SitePartialFiles(Path siteRoot, Predicate<Path> readable, Function<Path, String> display) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.readable = readable;
        this.display = display;
    }

    /** The partials of a site: inside its folder, content roots and static folders. */
    public static SitePartialFiles of(dev.docsite.config.SiteConfig config) {
        return new SitePartialFiles(config.siteRoot(), config::readable, config::display);
    }

    @Override
    public Partial read(Path from, String specifier) throws PartialException {
        if (!specifier.startsWith(".") && !specifier.startsWith("/") && !specifier.startsWith("@site/")) {
            // A bare specifier is resolved from node_modules, which docsite never reads.
            String[] parts = specifier.split("/");
            String name = specifier.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
            throw new PartialException("the partial '" + specifier + "' comes from the npm package '" + name
                    + "', which docsite does not install; write its text into the site to have it", true);
        }
        Path path = specifier.startsWith("@site/")
                ? siteRoot.resolve(specifier.substring("@site/".length()))
                : from.toAbsolutePath().getParent().resolve(specifier);
        path = path.normalize();
        if (!readable.test(path)) {
            throw new PartialException("the partial '" + specifier + "' lies outside the site's folders and is not read");
        }
        if (!Files.isRegularFile(path)) {
            throw new PartialException("the partial '" + specifier + "' does not exist (looked for "
                    + display.apply(path) + ")");
        }
        try {
            if (!readable.test(path.toRealPath())) {
                throw new PartialException("the partial '" + specifier + "' links outside the site's folders and is not read");
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Partial(path, display.apply(path), blankFrontMatter(text.replace("\r\n", "\n")));
        } catch (CharacterCodingException e) {
            throw new PartialException("the partial '" + specifier + "' is not UTF-8 text");
        } catch (IOException e) {
            throw new PartialException("the partial '" + specifier + "' cannot be read: " + IoReason.of(e));
        }
    }

    /** A leading {@code ---} block replaced by as many empty lines, so that lines keep their numbers. */
    static String blankFrontMatter(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!t.startsWith("---\n")) {
            return t;
        }
        int end = t.indexOf("\n---", 3);
        while (end >= 0 && !(end + 4 == t.length() || t.charAt(end + 4) == '\n')) {
            end = t.indexOf("\n---", end + 1);
        }
        if (end < 0) {
            return t;
        }
        int close = end + 4;
        String block = t.substring(0, close);
        return "\n".repeat((int) block.chars().filter(c -> c == '\n').count()) + t.substring(close);
    }
}
