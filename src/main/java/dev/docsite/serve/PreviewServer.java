package dev.docsite.serve;

import dev.docsite.problem.IoReason;
import dev.docsite.rebuild.Debouncer;
import dev.docsite.rebuild.SourceLayout;
import dev.docsite.rebuild.TreeWatcher;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The preview HTTP server: serves a {@link PreviewSite} from memory, watches its files and rebuilds on change
 * (debounced), streams live-reload and KPI events, and polls a URL KPI feed.
 */
public final class PreviewServer implements AutoCloseable {

    /**
     * Quiet period before a rebuild: long enough to take an editor's save-by-rename as one change, short enough to
     * keep a saved page's re-render within tens of milliseconds.
     */
    public static final Duration QUIET = Duration.ofMillis(10);
    private static final Duration MAX_DELAY = Duration.ofMillis(1000);
    private static final Duration PING = Duration.ofSeconds(15);
    /** Edits rehearsed after start (see {@link PreviewSite#rehearseEdit()}), and the time they may take at most. */
    static final int REHEARSALS = 20;
    private static final Duration REHEARSAL_TIME = Duration.ofSeconds(5);

    /** The port is taken (or the host cannot be bound). */
    public static final class PortInUseException extends Exception {
        private static final long serialVersionUID = 1L;

        PortInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final PreviewSite site;
    private final Consumer<String> log;
    private final Debouncer<Path> debouncer;
    private final ScheduledExecutorService timer;
    private final Javalin app;
    private HostCheck hosts = new HostCheck(null);
    private volatile TreeWatcher watcher;
    private volatile SourceLayout watchedLayout;
    private volatile Instant lastPoll = Instant.now();
    private volatile boolean edited;

    private PreviewServer(PreviewSite site, Javalin app, Consumer<String> log) {
        this.site = site;
        this.app = app;
        this.log = log;
        this.debouncer = new Debouncer<>(QUIET, MAX_DELAY, batch -> {
            edited = true;
            site.apply(batch);
            rewatchIfMoved();
        });
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "docsite-timer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts serving {@code site} on {@code host:port} (port 0 picks a free one) and watching its files.
     *
     * @throws PortInUseException when the address cannot be bound
     */
    /**
     * Jetty's request pool, as Javalin sizes it, but retiring an idle thread every second instead of every minute:
     * after a burst of clients (a soak test, many open tabs) the server returns to its resting thread count within a
     * minute rather than an hour. Creating a thread again costs far less than a page render.
     */
    private static QueuedThreadPool requestThreads() {
        QueuedThreadPool pool = new QueuedThreadPool(250, 8, 1_000);
        pool.setName("JettyServerThreadPool");
        return pool;
    }

    public static PreviewServer start(PreviewSite site, String host, int port, Consumer<String> log)
            throws PortInUseException, IOException {
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.router.ignoreTrailingSlashes = false;
            cfg.router.treatMultipleSlashesAsSingleSlash = false;
            cfg.jetty.threadPool = requestThreads();
            // Let odd paths (encoded dots, slashes) reach our handler, which refuses them with a 404 page instead
            // of Jetty's bare 400; nothing is looked up on disk either way.
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setUriCompliance(UriCompliance.UNSAFE);
                http.setSendServerVersion(false);
            });
            cfg.jetty.addConnector((server, http) -> LenientUriConnector.create(server, http, host, port));
            cfg.jetty.modifyServer(server -> server.setErrorHandler(LenientUriConnector.errorHandler(site::notFound)));
        });
        PreviewServer server = new PreviewServer(site, app, log);
        server.hosts = new HostCheck(host);
        SseHandler sse = new SseHandler(PING.toMillis(), server::connect);
        app.get("/*", ctx -> server.handle(ctx, sse));
        app.head("/*", ctx -> server.handle(ctx, sse));
        app.exception(Exception.class, (e, ctx) -> {
            log.accept("Request " + ctx.req().getRequestURI() + " failed: " + e);
            ctx.status(500).contentType("text/plain; charset=utf-8").result("Internal error; see the server log.");
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            if (hasCause(e, BindException.class)) {
                throw new PortInUseException("cannot listen on " + host + ":" + port + ": "
                        + rootMessage(e) + "; choose another port with --port", e);
            }
            throw e;
        }
        server.watch();
        server.rehearse(REHEARSALS, System.nanoTime() + REHEARSAL_TIME.toNanos());
        server.timer.scheduleAtFixedRate(server::tick, 1, 1, TimeUnit.SECONDS);
        server.timer.scheduleAtFixedRate(site.events()::pingAll, PING.toMillis(), PING.toMillis(), TimeUnit.MILLISECONDS);
        return server;
    }

    /**
     * Rehearses edits on the rebuild thread, one at a time so that a real change waits for one rehearsal at most, until
     * {@code remaining} are done, the time is up or the writer has saved something (their edits warm up the rest).
     */
    private void rehearse(int remaining, long deadline) {
        if (remaining == 0 || edited || System.nanoTime() > deadline) {
            return;
        }
        debouncer.execute(() -> {
            if (!edited && site.rehearseEdit()) {
                rehearse(remaining - 1, deadline);
            }
        });
    }

    public int port() {
        return app.port();
    }

    public PreviewSite site() {
        return site;
    }

    private void handle(Context ctx, SseHandler sse) throws Exception {
        if (!hosts.allows(ctx.header("Host"), app.port())) {
            ctx.status(421).contentType("text/plain; charset=utf-8").header("X-Content-Type-Options", "nosniff")
                    .result("Misdirected request: this preview answers only to its own address (Host: 127.0.0.1:"
                            + app.port() + " or localhost:" + app.port() + ").\n");
            return;
        }
        String raw = ctx.req().getRequestURI();
        String base = site.config().baseUrl();
        if (raw.equals(base + PreviewSite.EVENTS)) {
            sse.handle(ctx);
            return;
        }
        Reply reply = site.respond(raw, ctx.req().getQueryString());
        ctx.status(reply.status());
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", reply.csp());
        ctx.header("Referrer-Policy", "no-referrer");
        // A preview changes all the time: browsers must ask again, never show a stale copy.
        ctx.header("Cache-Control", "no-cache");
        if (reply.location() != null) {
            ctx.header("Location", reply.location());
        }
        ctx.contentType(reply.contentType());
        ctx.result(reply.body());
    }

    private void connect(SseClient client) {
        String page = client.ctx().queryParam("page");
        LiveEvents.Client live = new LiveEvents.Client() {
            @Override
            public String pageUrl() {
                return page == null ? "" : page;
            }

            @Override
            public boolean send(String event, String json) {
                if (client.terminated()) {
                    return false;
                }
                client.sendEvent(event, json);
                return !client.terminated();
            }

            @Override
            public boolean ping() {
                if (client.terminated()) {
                    return false;
                }
                client.sendComment("ping");
                return !client.terminated();
            }
        };
        client.keepAlive();
        client.onClose(() -> site.events().remove(live));
        client.ctx().header("X-Content-Type-Options", "nosniff");
        client.sendEvent("hello", site.helloJson());
        // Registered before the check: a rebuild right now is either seen by the check or sent as an event.
        site.events().add(live);
        if (!site.isCurrent(live.pageUrl(), client.ctx().queryParam("v"))) {
            live.send("reload", site.reloadEvent(live.pageUrl()));
        }
    }

    private void watch() throws IOException {
        SourceLayout layout = site.layout();
        TreeWatcher next = new TreeWatcher(layout.watchRoots(), debouncer::offer, (folder, reason) -> {
            log.accept("Cannot watch " + site.config().display(folder) + " (" + reason + "): changes in it are not"
                    + " seen until the preview is restarted; still serving the site");
            debouncer.execute(() -> site.cannotWatch(folder, reason));
        });
        TreeWatcher previous = watcher;
        watcher = next;
        watchedLayout = layout;
        if (previous != null) {
            previous.close();
        }
    }

    /** After a site.yml reload the folders may have moved: watch the new ones. */
    private void rewatchIfMoved() {
        if (!site.layout().watchRoots().equals(watchedLayout.watchRoots())) {
            try {
                watch();
            } catch (IOException e) {
                log.accept("Cannot watch the new folders: " + IoReason.describe(null, e));
            }
        }
    }

    /** Polls a URL KPI feed every {@code kpi.refresh}. */
    private void tick() {
        var kpi = site.config().kpi();
        if (!kpi.isUrl()) {
            return;
        }
        Instant now = Instant.now();
        if (Duration.between(lastPoll, now).compareTo(kpi.refresh()) >= 0) {
            lastPoll = now;
            debouncer.execute(site::refreshKpi);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (watcher != null) {
            watcher.close();
        }
        debouncer.close();
        app.stop();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
