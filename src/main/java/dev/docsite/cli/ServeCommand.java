package dev.docsite.cli;

import dev.docsite.problem.IoReason;
import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.SiteConfig;
import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import dev.docsite.serve.PreviewServer;
import dev.docsite.serve.PreviewSite;
import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code docsite serve}: previews the site from memory, rebuilding and reloading open pages as files change. */
@Command(name = "serve", description = "Preview the site: serve it from memory, rebuild on every change, reload open pages, update KPIs live.",
        mixinStandardHelpOptions = true)
public class ServeCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Mixin
    SiteOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Option(names = "--open", description = "Open the site in a browser once it is served")
    boolean open;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ConfigException {
        // Jetty's and Javalin's start-up chatter is noise here; real problems still show.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteConfig config = options.load();
        ConfigOverrides overrides = options.overrides();

        out.println("Loading " + config.display(config.contentDir()) + "/ ...");
        out.flush();
        long start = System.nanoTime();
        PreviewSite site;
        try {
            site = PreviewSite.open(config, overrides, Clock.systemUTC(), n -> {
                if (n % 1000 == 0) {
                    synchronized (out) {
                        out.println("  " + n + " pages loaded");
                        out.flush();
                    }
                }
            }, line -> {
                synchronized (out) {
                    out.println("[" + LocalTime.now().format(TIME) + "] " + line);
                    out.flush();
                }
            });
        } catch (IOException e) {
            err.println("docsite: serve failed: " + e.getMessage());
            return ExitCode.CONTENT_ERRORS;
        }
        List<Problem> problems = site.problems();
        for (Problem p : problems) {
            err.println(p.format());
        }
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        out.printf("Loaded %d pages in %.2f s (%d error(s), %d warning(s); problems also show on the pages)%n",
                site.pages(), (System.nanoTime() - start) / 1e9, errors, problems.size() - errors);

        PreviewServer server;
        try {
            server = PreviewServer.start(site, host, port, line -> {
                synchronized (out) {
                    out.println("[" + LocalTime.now().format(TIME) + "] " + line);
                    out.flush();
                }
            });
        } catch (PreviewServer.PortInUseException e) {
            err.println("docsite: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("docsite: cannot watch the site's files: " + IoReason.describe(null, e));
            return ExitCode.USAGE;
        }
        String address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
                + config.baseUrl();
        out.println("Serving " + config.title() + " at " + address + " (Ctrl+C to stop)");
        out.flush();
        if (open) {
            openBrowser(address);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "docsite-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return ExitCode.OK;
    }

    private static void openBrowser(String address) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(address));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // --open is a convenience: the address is printed above.
        }
    }
}
