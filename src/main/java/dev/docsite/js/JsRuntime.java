package dev.docsite.js;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * A sandboxed JavaScript engine (GraalJS, interpreted) for reading a site's configuration files. Scripts run as
 * CommonJS modules, ES modules and TypeScript (stripped to CommonJS first); they may read files only inside the
 * {@link ReadRoots} (through {@code require}, {@code fs} and {@code require.resolve}), and have no network, no
 * processes, no threads and no Java classes. {@code process.env} is the given environment. Packages from
 * {@code node_modules} are never loaded: requiring one yields an {@link OpaqueValue} and is listed in
 * {@link #missingModules()}.
 *
 * <p>One runtime is one engine context: it is used by one thread at a time (calls are serialised) and must be
 * {@linkplain #close() closed} when its functions are no longer needed.
 */
public final class JsRuntime implements AutoCloseable {
    private static final String BOOTSTRAP = "dev/docsite/js/commonjs.js";
    /** Generous: the first evaluation in a cold JVM on a busy machine can take seconds; an endless loop takes forever. */
    static final long DEFAULT_TIME_LIMIT_MILLIS = 60_000;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "docsite-js-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final Context context;
    private final ReadRoots roots;
    private final ModuleResolver resolver;
    private final Value api;
    private final JsValues values;
    private final long timeLimitMillis;
    private Value sucrase;

    JsRuntime(ReadRoots roots, Map<String, String> environment, long timeLimitMillis) {
        this.roots = roots;
        this.timeLimitMillis = timeLimitMillis;
        this.context = Context.newBuilder("js")
                .engine(SharedEngine.ENGINE)
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(name -> false)
                .allowIO(IOAccess.NONE)
                .allowCreateProcess(false)
                .allowCreateThread(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .out(System.err)
                .option("js.load", "false")
                .option("js.print", "false")
                .build();
        this.resolver = new ModuleResolver(roots);
        TypeStripper stripper = new TypeStripper(this::sucrase);
        try {
            Value bootstrap = context.eval(Source.newBuilder("js", JsHost.resource(BOOTSTRAP), "docsite:commonjs.js").build());
            this.api = bootstrap.execute(new JsHost(context, roots, resolver, stripper).create(environment));
        } catch (IOException e) {
            context.close();
            throw new IllegalStateException("docsite's jar is incomplete: " + e.getMessage(), e);
        }
        this.values = new JsValues(this, api.getMember("opaqueName"));
    }

    /** A runtime reading only inside {@code roots}, with the process environment as {@code process.env}. */
    public static JsRuntime open(ReadRoots roots) {
        return open(roots, System.getenv());
    }

    /** A runtime reading only inside {@code roots}, with {@code environment} as {@code process.env}. */
    public static JsRuntime open(ReadRoots roots, Map<String, String> environment) {
        try {
            return new JsRuntime(roots, environment, DEFAULT_TIME_LIMIT_MILLIS);
        } catch (LinkageError e) {
            throw new JsEngineUnavailableException(e);
        }
    }

    /**
     * Evaluates {@code file} as a module and returns its default export ({@code module.exports}, or
     * {@code export default}), awaited when it is a promise, as Java values (see {@link JsFunction} for functions).
     *
     * @throws JsException when the file cannot be read or evaluated, or its promise rejects
     */
    public synchronized Object evaluate(Path file) throws JsException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!roots.allows(absolute)) {
            throw new JsException(absolute, 0, 0, "reading this file is not allowed: it is outside the folders the site may read");
        }
        if (!Files.isRegularFile(absolute)) {
            throw new JsException(absolute, 0, 0, "no such file");
        }
        ScheduledFuture<?> watchdog = watch();
        try {
            Value exports = api.getMember("require").execute(absolute.toString(), null);
            Value chosen = exports.hasMember("__esModule") && exports.getMember("__esModule").isBoolean()
                    && exports.getMember("__esModule").asBoolean() && exports.hasMember("default")
                    ? exports.getMember("default") : exports;
            return values.toJava(settle(chosen, absolute));
        } catch (PolyglotException e) {
            throw e.isCancelled() ? timedOut(absolute) : JsErrors.from(e);
        } finally {
            watchdog.cancel(false);
        }
    }

    /**
     * Runs {@code source}, CommonJS JavaScript written for {@code file} (its {@code require} resolves from that file's
     * folder, through the same module cache as every other module of this runtime), and returns its
     * {@code module.exports} as Java values.
     *
     * @throws JsException when the source does not compile or throws
     */
    public synchronized Object evaluateModule(Path file, String source) throws JsException {
        Path absolute = file.toAbsolutePath().normalize();
        ScheduledFuture<?> watchdog = watch();
        try {
            Value compiled = context.eval(Source.newBuilder("js", JsHost.WRAPPER + source + "\n})", absolute.toString())
                    .buildLiteral());
            Value module = context.eval("js", "({exports: {}})");
            Value exports = module.getMember("exports");
            compiled.execute(exports, api.getMember("requireFrom").execute("file:" + absolute), module,
                    absolute.toString(), String.valueOf(absolute.getParent()));
            return values.toJava(module.getMember("exports"));
        } catch (PolyglotException e) {
            throw e.isCancelled() ? timedOut(absolute) : JsErrors.from(e);
        } finally {
            watchdog.cancel(false);
        }
    }

    /** The files of the modules required so far (a change to one makes the runtime's module cache stale). */
    public synchronized List<Path> moduleFiles() {
        return resolver.files();
    }

    /** Bare module names required by the scripts so far but not available (npm packages, unsupported built-ins). */
    public synchronized List<String> missingModules() {
        return resolver.missing();
    }

    /** {@link #missingModules()}, each with the script that first required it. */
    public synchronized List<MissingModule> missingModulesWithFiles() {
        return resolver.missingWithFiles();
    }

    synchronized Object call(Value function, Object[] arguments) throws JsException {
        Object[] converted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            converted[i] = JsValues.toScript(arguments[i]);
        }
        ScheduledFuture<?> watchdog = watch();
        try {
            return values.toJava(settle(function.execute(converted), null));
        } catch (PolyglotException e) {
            throw e.isCancelled() ? timedOut(null) : JsErrors.from(e);
        } finally {
            watchdog.cancel(false);
        }
    }

    /** The value a promise resolves to; the engine runs pending promise jobs before returning to Java. */
    private Value settle(Value value, Path file) throws JsException {
        Value then = value.hasMembers() ? value.getMember("then") : null;
        if (then == null || !then.canExecute()) {
            return value;
        }
        Value[] outcome = new Value[2];
        ProxyExecutable onValue = args -> outcome[0] = args.length > 0 ? args[0] : context.eval("js", "undefined");
        ProxyExecutable onError = args -> outcome[1] = args.length > 0 ? args[0] : context.eval("js", "undefined");
        api.getMember("settle").execute(value, onValue, onError);
        if (outcome[1] != null) {
            Value reason = outcome[1];
            if (reason.isException()) {
                try {
                    reason.throwException();
                } catch (PolyglotException e) {
                    throw JsErrors.from(e);
                }
            }
            throw new JsException(file, 0, 0, "the promise was rejected: " + reason);
        }
        if (outcome[0] == null) {
            throw new JsException(file, 0, 0, "the promise never settled (docsite runs no timers or I/O callbacks)");
        }
        return outcome[0];
    }

    /** Cancels the script when it runs longer than the time limit; the runtime is closed then. */
    private ScheduledFuture<?> watch() {
        return WATCHDOG.schedule(() -> context.close(true), timeLimitMillis, TimeUnit.MILLISECONDS);
    }

    private JsException timedOut(Path file) {
        return new JsException(file, 0, 0, "the script ran longer than " + timeLimitMillis / 1000.0
                + " s and was stopped (an endless loop?)");
    }

    private Value sucrase() {
        if (sucrase == null) {
            sucrase = api.getMember("require").execute("sucrase", ModuleResolver.LIBRARY);
        }
        return sucrase;
    }

    /** Releases the engine context; functions of this runtime can no longer be called. */
    @Override
    public synchronized void close() {
        try {
            context.close();
        } catch (PolyglotException e) {
            if (!e.isCancelled()) {
                throw e;
            }
            // already closed by the watchdog
        }
    }

    /**
     * One engine for every runtime of the process, so that code parsed once (sucrase) is not parsed again when the
     * preview server re-reads a changed configuration.
     */
    private static final class SharedEngine {
        static final Engine ENGINE = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .build();
    }
}
