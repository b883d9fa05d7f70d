package dev.docsite.markdown.code;

import java.util.ArrayList;
import java.util.List;

/**
 * npm commands in yarn's and pnpm's words, for the {@code npm2yarn} fence meta, as the npm-to-yarn package converts
 * the common ones: {@code npm install} (no package), {@code npm install x} / {@code npm i x} (with {@code --save-dev}
 * / {@code -D}, {@code --global}), {@code npm uninstall x}, {@code npm run x}, {@code npm ci}, {@code npm init},
 * {@code npm test}/{@code start}, {@code npx x}. Lines that are no npm command stay as they are.
 */
public final class Npm2Yarn {

    /** The package managers of the tabs, in Docusaurus's order. */
    public enum Manager { NPM, YARN, PNPM }

    private Npm2Yarn() {
    }

    /** {@code code} (npm commands) for {@code manager}. */
    public static String convert(String code, Manager manager) {
        if (manager == Manager.NPM) {
            return code;
        }
        StringBuilder out = new StringBuilder(code.length());
        for (String line : code.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line(line, manager));
        }
        return out.toString();
    }

    private static String line(String line, Manager manager) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String[] words = line.strip().split("\\s+");
        if (words.length >= 2 && words[0].equals("npx")) {
            return indent + (manager == Manager.YARN ? "yarn dlx " : "pnpm dlx ") + join(words, 1);
        }
        if (words.length < 2 || !words[0].equals("npm")) {
            return line;
        }
        String yarnOrPnpm = manager == Manager.YARN ? "yarn" : "pnpm";
        String command = words[1];
        List<String> args = new ArrayList<>(List.of(words).subList(2, words.length));
        return indent + switch (command) {
            case "install", "i", "add" -> install(args, manager);
            case "uninstall", "un", "remove", "rm", "r" -> yarnOrPnpm + (manager == Manager.YARN && global(args)
                    ? " global remove" : " remove") + rest(withoutGlobal(args));
            case "run", "run-script" -> (manager == Manager.YARN ? "yarn" : "pnpm run") + rest(args);
            case "ci" -> yarnOrPnpm + " install --frozen-lockfile" + rest(args);
            case "init", "test", "start", "t" -> yarnOrPnpm + " " + (command.equals("t") ? "test" : command) + rest(args);
            default -> yarnOrPnpm + " " + command + rest(args);
        };
    }

    private static String install(List<String> args, Manager manager) {
        boolean packages = args.stream().anyMatch(a -> !a.startsWith("-"));
        String tool = manager == Manager.YARN ? "yarn" : "pnpm";
        if (!packages) {
            return tool + " install" + rest(args);
        }
        List<String> out = new ArrayList<>();
        for (String a : withoutGlobal(args)) {
            switch (a) {
                case "--save-dev", "-D" -> out.add(manager == Manager.YARN ? "--dev" : "--save-dev");
                case "--save", "-S" -> { } // the default of both
                case "--save-exact", "-E" -> out.add(manager == Manager.YARN ? "--exact" : "--save-exact");
                default -> out.add(a);
            }
        }
        if (global(args)) {
            return manager == Manager.YARN ? "yarn global add" + rest(out) : "pnpm add --global" + rest(out);
        }
        return tool + " add" + rest(out);
    }

    private static boolean global(List<String> args) {
        return args.contains("--global") || args.contains("-g");
    }

    private static List<String> withoutGlobal(List<String> args) {
        return args.stream().filter(a -> !a.equals("--global") && !a.equals("-g")).toList();
    }

    private static String rest(List<String> args) {
        return args.isEmpty() ? "" : " " + String.join(" ", args);
    }

    private static String join(String[] words, int from) {
        return String.join(" ", List.of(words).subList(from, words.length));
    }
}
