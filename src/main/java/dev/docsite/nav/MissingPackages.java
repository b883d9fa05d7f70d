package dev.docsite.nav;

import dev.docsite.js.MissingModule;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The warning for each npm package a sidebars file required: docsite installs none, so the items the file builds from
 * one (typescript-eslint lists its rules from {@code require('@typescript-eslint/eslint-plugin').rules}) are missing,
 * and a category left empty by that is left out instead of being an error, while the rest of the sidebar is built.
 */
final class MissingPackages {

    private MissingPackages() {
    }

    static void report(DeclaredSidebars.RootSidebars root, SidebarsFile file, List<String> emptied,
                       Function<Path, String> display, List<Problem> problems) {
        for (MissingModule module : root.missingModules()) {
            SidebarsFile requiring = module.file() == null ? file : new SidebarsFile(module.file(),
                    display.apply(module.file()));
            String left = emptied.isEmpty() ? "" : " (left out, as empty: " + String.join(", ", emptied) + ")";
            problems.add(Problem.warning(ProblemCode.SIDEBAR, requiring.display(), requiring.lineOf(module.name()), 0,
                    "the sidebars file requires the npm package '" + module.name() + "', which docsite does not"
                            + " install, so the items built from it are missing" + left + "; the rest of the sidebar"
                            + " is built. Write those items into the sidebars file to have them"));
        }
    }
}
