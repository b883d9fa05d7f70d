package dev.docsite.output;

import dev.docsite.config.ConfigException;
import dev.docsite.config.SiteConfig;
import java.nio.file.Path;

/** The output folder is replaced on every build, so it must never hold or sit inside what a writer wrote. */
public final class OutputLocation {

    private OutputLocation() {
    }

    public static void validate(SiteConfig config) throws ConfigException {
        Path out = config.outDir();
        check(out, config.siteRoot(), "the site folder");
        for (dev.docsite.config.ContentRoot root : config.contentRoots()) {
            check(out, root.dir(), "the content folder");
        }
        for (Path staticDir : config.staticDirs()) {
            check(out, staticDir, "the static folder");
        }
        check(out, config.templatesDir(), "the templates folder");
    }

    private static void check(Path out, Path input, String what) throws ConfigException {
        if (input.startsWith(out)) {
            throw new ConfigException("output folder " + out + " contains " + what + " (" + input
                    + "); it is replaced on every build, so choose a separate folder with --out or 'out:' in site.yml");
        }
        if (out.startsWith(input) && !input.equals(out) && !what.equals("the site folder")) {
            throw new ConfigException("output folder " + out + " is inside " + what + " (" + input
                    + "); choose a folder outside it with --out or 'out:' in site.yml");
        }
    }
}
