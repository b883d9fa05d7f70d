package dev.docsite.js;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where {@code require(request)} leads, as a module id: {@code file:/abs.js}, {@code json:/abs.json},
 * {@code builtin:path}, {@code lib:<classpath resource>} (sucrase, which strips TypeScript) or
 * {@code missing:<request>} for a package that is not there: docsite never loads {@code node_modules}, so every bare
 * package name is missing and recorded for the caller to warn about.
 */
final class ModuleResolver {
    static final String LIBRARY = "lib:";
    private static final List<String> EXTENSIONS = List.of("", ".js", ".cjs", ".mjs", ".ts", ".cts", ".mts", ".json", ".tsx", ".jsx");
    private static final Set<String> BUILTINS = Set.of("path", "fs", "fs/promises", "process", "url", "module",
            "@docusaurus/ExecutionEnvironment");
    private static final String STATIC = "META-INF/resources/_static/";
    private static final Map<String, String> LIBRARY_MAINS = Map.of(
            "sucrase", STATIC + "sucrase/3.35.0/dist/index.js",
            "ts-interface-checker", STATIC + "ts-interface-checker/0.1.13/dist/index.js",
            "lines-and-columns", STATIC + "lines-and-columns/1.2.4/build/index.js");

    private final ReadRoots roots;
    private final Set<String> missing = new LinkedHashSet<>();
    /** The module that first required each missing one (null: none known). */
    private final Map<String, String> missingFrom = new java.util.HashMap<>();
    private final Set<Path> files = new LinkedHashSet<>();

    ModuleResolver(ReadRoots roots) {
        this.roots = roots;
    }

    /** Modules required but not available, in the order first required. */
    List<String> missing() {
        return List.copyOf(missing);
    }

    /** {@link #missing()} with the file that first required each. */
    List<MissingModule> missingWithFiles() {
        List<MissingModule> modules = new ArrayList<>();
        for (String name : missing) {
            String from = missingFrom.get(name);
            modules.add(new MissingModule(name, from != null && from.startsWith("file:") ? fileOf(from) : null));
        }
        return modules;
    }

    /** The files modules were resolved to so far, in the order first resolved. */
    List<Path> files() {
        return List.copyOf(files);
    }

    /** The module id {@code request} leads to from the module {@code fromId} (null: an absolute file path). */
    String resolve(String request, String fromId) throws ScriptFailure.Refused {
        if (fromId != null && fromId.startsWith(LIBRARY)) {
            return resolveInLibrary(request, fromId.substring(LIBRARY.length()));
        }
        String name = request.startsWith("node:") ? request.substring(5) : request;
        if (BUILTINS.contains(name)) {
            return "builtin:" + name;
        }
        if (!isPath(request)) {
            if (missing.add(request)) {
                missingFrom.put(request, fromId);
            }
            return "missing:" + request;
        }
        Path target = target(request, fromId);
        for (String extension : EXTENSIONS) {
            Path candidate = Path.of(target + extension);
            if (Files.isRegularFile(candidate)) {
                return idOf(checkReadable(candidate));
            }
        }
        for (String index : List.of("index.js", "index.cjs", "index.ts", "index.json")) {
            Path candidate = target.resolve(index);
            if (Files.isRegularFile(candidate)) {
                return idOf(checkReadable(candidate));
            }
        }
        checkReadable(target);
        throw new ScriptFailure.Refused("Cannot find module '" + request + "'" + (fromId == null ? "" : " from '" + fileOf(fromId) + "'"), "MODULE_NOT_FOUND");
    }

    /**
     * What {@code require.resolve(request)} returns: the absolute path of a file (whether or not it exists, so that
     * {@code require.resolve('./src/css/custom.css')} of a theme docsite does not render cannot fail), or a bare
     * package name as written.
     */
    String resolvePath(String request, String fromId) throws ScriptFailure.Refused {
        if (!isPath(request)) {
            return request;
        }
        Path target = target(request, fromId);
        for (String extension : EXTENSIONS) {
            Path candidate = Path.of(target + extension);
            if (Files.isRegularFile(candidate)) {
                return candidate.toString();
            }
        }
        return target.toString();
    }

    /** The file a {@code file:} or {@code json:} id names. */
    static Path fileOf(String id) {
        return Path.of(id.substring(id.indexOf(':') + 1));
    }

    Path checkReadable(Path file) throws ScriptFailure.Refused {
        if (!roots.allows(file)) {
            throw new ScriptFailure.Refused("reading " + file + " is not allowed: it is outside the folders the site may read ("
                    + String.join(", ", roots.roots().stream().map(Path::toString).toList()) + ")", "EACCES");
        }
        return file;
    }

    private static boolean isPath(String request) {
        return request.startsWith("./") || request.startsWith("../") || request.startsWith("/") || request.equals(".")
                || request.equals("..") || request.startsWith("@site/") || request.startsWith("file://");
    }

    private Path target(String request, String fromId) {
        if (request.startsWith("file://")) {
            return Path.of(request.substring("file://".length())).normalize();
        }
        if (request.startsWith("@site/")) {
            return roots.workingDirectory().resolve(request.substring("@site/".length())).normalize();
        }
        Path base = fromId == null ? roots.workingDirectory() : fileOf(fromId).getParent();
        return base.resolve(request).toAbsolutePath().normalize();
    }

    private String idOf(Path file) {
        files.add(file);
        return (file.getFileName().toString().endsWith(".json") ? "json:" : "file:") + file;
    }

    private static String resolveInLibrary(String request, String fromResource) {
        if (LIBRARY_MAINS.containsKey(request)) {
            return LIBRARY + LIBRARY_MAINS.get(request);
        }
        if (!request.startsWith(".")) {
            // Only needed for source maps, which docsite does not ask sucrase for.
            return "missing:" + request;
        }
        String folder = fromResource.substring(0, fromResource.lastIndexOf('/') + 1);
        String joined = Path.of(folder + request).normalize().toString();
        List<String> candidates = new ArrayList<>(List.of(joined, joined + ".js", joined + "/index.js"));
        for (String candidate : candidates) {
            if (!candidate.endsWith("/") && ModuleResolver.class.getClassLoader().getResource(candidate) != null
                    && candidate.endsWith(".js")) {
                return LIBRARY + candidate;
            }
        }
        return "missing:" + request;
    }
}
