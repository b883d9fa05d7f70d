package dev.docsite.markdown.scope;

import dev.docsite.config.ContentRoot;
import dev.docsite.config.SiteConfig;
import dev.docsite.js.JsException;
import dev.docsite.js.JsFunction;
import dev.docsite.js.JsRuntime;
import dev.docsite.js.OpaqueValue;
import dev.docsite.js.ReadRoots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Evaluates a site's page expressions in one sandboxed {@link JsRuntime}, opened when the first page needs it (so a
 * site whose pages import no modules never starts the engine) and shared by every page, so each imported module is
 * evaluated once. When a module file changes (the preview server), the next evaluation starts a fresh runtime.
 * Calls are serialised: the engine runs one script at a time.
 */
public final class SiteModuleValues implements ModuleValues, AutoCloseable {

    private static final Map<SiteConfig, SiteModuleValues> PER_SITE = new java.util.WeakHashMap<>();

    private final Supplier<ReadRoots> roots;
    private final Function<Path, String> display;
    private JsRuntime runtime;
    private final Map<Path, FileTime> loaded = new HashMap<>();

    /**
     * @param roots   the folders scripts may read, asked for when the engine starts
     * @param display a path as shown in problems
     */
    public SiteModuleValues(Supplier<ReadRoots> roots, Function<Path, String> display) {
        this.roots = roots;
        this.display = display;
    }

    /**
     * The module values of {@code config}'s site, one instance per configuration (loading, rendering pages beyond the
     * template budget and each version of the preview ask for it separately): scripts read the site folder, its
     * content roots and static folders.
     */
    public static SiteModuleValues of(SiteConfig config) {
        synchronized (PER_SITE) {
            return PER_SITE.computeIfAbsent(config, SiteModuleValues::open);
        }
    }

    // Captures paths, not the configuration: a value holding its key would keep the weak map's entry forever.
    private static SiteModuleValues open(SiteConfig config) {
        Path site = config.siteRoot();
        List<Path> more = new ArrayList<>();
        config.contentRoots().stream().map(ContentRoot::dir).forEach(more::add);
        more.addAll(config.staticDirs());
        List<Path> folders = List.copyOf(more);
        return new SiteModuleValues(() -> ReadRoots.of(site).plus(folders.stream().filter(Files::isDirectory).toList()),
                path -> {
                    Path abs = path.toAbsolutePath().normalize();
                    boolean shown = abs.startsWith(site) || folders.stream().anyMatch(abs::startsWith);
                    return shown ? site.relativize(abs).toString().replace('\\', '/') : abs.toString();
                });
    }

    @Override
    public synchronized List<Evaluation> evaluate(Path file, EsmScope scope, List<String> expressions) {
        if (expressions.isEmpty()) {
            return List.of();
        }
        JsRuntime js = runtime();
        try {
            Object exports = js.evaluateModule(file, ScopeModule.source(scope, expressions));
            List<?> functions = (List<?>) ((Map<?, ?>) exports).get(ScopeModule.EXPRESSIONS);
            List<Evaluation> results = new ArrayList<>();
            for (Object f : functions) {
                results.add(call((JsFunction) f, file));
            }
            return results;
        } catch (JsException e) {
            if (expressions.size() == 1) {
                return List.of(Evaluation.failed(describe(e, file)));
            }
            // One expression or binding broke the module: evaluate each alone to tell which.
            List<Evaluation> results = new ArrayList<>();
            for (String expression : expressions) {
                results.addAll(evaluate(file, scope, List.of(expression)));
            }
            return results;
        } finally {
            remember(js);
        }
    }

    private Evaluation call(JsFunction function, Path file) {
        try {
            Object value = function.call();
            String unusable = unusable(value);
            return unusable == null ? Evaluation.of(value) : Evaluation.failed(unusable);
        } catch (JsException e) {
            return Evaluation.failed(describe(e, file));
        }
    }

    /** Why a value cannot be written into a page, or {@code null}. */
    private static String unusable(Object value) {
        if (value instanceof JsFunction) {
            return "the value is a function";
        }
        if (value instanceof OpaqueValue opaque) {
            return "the value comes from " + opaque.description() + ", a module docsite does not load";
        }
        if (value instanceof List<?> list) {
            for (Object v : list) {
                String u = unusable(v);
                if (u != null) {
                    return u;
                }
            }
        }
        if (value instanceof Map<?, ?> map) {
            for (Object v : map.values()) {
                String u = unusable(v);
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }

    private String describe(JsException e, Path page) {
        Path where = e.file().orElse(null);
        if (where == null || page != null && where.normalize().equals(page.toAbsolutePath().normalize())) {
            return e.reason();
        }
        return e.reason() + " (" + display.apply(where) + (e.line() > 0 ? ":" + e.line() : "") + ")";
    }

    private JsRuntime runtime() {
        if (runtime != null && stale()) {
            runtime.close();
            runtime = null;
            loaded.clear();
        }
        if (runtime == null) {
            runtime = JsRuntime.open(roots.get(), Map.of("NODE_ENV", "production"));
        }
        return runtime;
    }

    private boolean stale() {
        for (Map.Entry<Path, FileTime> e : loaded.entrySet()) {
            if (!e.getValue().equals(modified(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private void remember(JsRuntime js) {
        for (Path p : js.moduleFiles()) {
            loaded.computeIfAbsent(p, SiteModuleValues::modified);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    @Override
    public synchronized void close() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }
}
