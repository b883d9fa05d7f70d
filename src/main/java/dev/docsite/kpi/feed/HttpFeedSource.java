package dev.docsite.kpi.feed;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A feed served over http(s). Limits: {@code connectTimeout} to open the connection, {@code readTimeout} for the
 * response headers and again for the whole body, {@code maxBytes} enforced while the body streams in. The optional
 * auth header value comes from an environment variable so secrets never live in site files.
 */
public final class HttpFeedSource implements FeedSource {

    /** Client settings; one shared client per combination because JDK 17 clients cannot be closed. */
    private record ClientKey(Duration connectTimeout, HttpClient.Redirect redirect) {
    }

    private static final Map<ClientKey, HttpClient> CLIENTS = new ConcurrentHashMap<>();

    private final URI uri;
    private final String origin;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration bodyTimeout;
    private final long maxBytes;
    private final String authEnv;
    private final String authHeader;
    private final Function<String, String> env;

    /**
     * @param uri            feed URL (http or https)
     * @param connectTimeout time allowed to connect
     * @param readTimeout    time allowed for the response headers, and again for the body
     * @param maxBytes       largest accepted body
     * @param authEnv        environment variable holding the auth header value, or {@code null} for no auth
     * @param authHeader     auth header name
     * @param env            environment lookup ({@code System::getenv} in production)
     */
    public HttpFeedSource(URI uri, Duration connectTimeout, Duration readTimeout, long maxBytes,
                          String authEnv, String authHeader, Function<String, String> env) {
        this(uri, connectTimeout, readTimeout, readTimeout, maxBytes, authEnv, authHeader, env);
    }

    /**
     * As the public constructor, with the body's time limit apart from the headers' (both are {@code kpi.read_timeout}
     * in use): so that a test can give a server that sends its headers and then stalls all the time it needs for the
     * headers, however loaded the machine, and still see the body's limit expire.
     */
    HttpFeedSource(URI uri, Duration connectTimeout, Duration readTimeout, Duration bodyTimeout, long maxBytes,
                   String authEnv, String authHeader, Function<String, String> env) {
        this.uri = uri;
        this.origin = withoutUserInfo(uri);
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.bodyTimeout = bodyTimeout;
        this.maxBytes = maxBytes;
        this.authEnv = authEnv == null || authEnv.isBlank() ? null : authEnv;
        this.authHeader = authHeader == null || authHeader.isBlank() ? "Authorization" : authHeader;
        this.env = env;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public byte[] fetch() throws FeedException {
        HttpRequest request = request();
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = send(request);
        Flow.Publisher<List<ByteBuffer>> publisher = response.body();
        if (response.statusCode() != 200) {
            publisher.subscribe(new CappedBodySubscriber(0));
            String hint = response.statusCode() / 100 == 3 && authEnv != null
                    ? "; redirects are not followed when kpi.auth_env is set, so point kpi.feed at the final URL"
                    : "";
            throw new FeedException("HTTP " + response.statusCode() + " from " + origin + " (expected 200)" + hint);
        }
        OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            publisher.subscribe(new CappedBodySubscriber(0));
            throw tooLarge();
        }
        CappedBodySubscriber subscriber = new CappedBodySubscriber(maxBytes);
        publisher.subscribe(subscriber);
        try {
            return subscriber.body().get(bodyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            subscriber.cancel();
            throw new FeedException("timed out after " + LimitText.duration(bodyTimeout)
                    + " reading the KPI feed body from " + origin + " (kpi.read_timeout)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CappedBodySubscriber.TooLarge) {
                throw tooLarge();
            }
            throw new FeedException("lost the connection while reading the KPI feed from " + origin + ": "
                    + describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            subscriber.cancel();
            throw new FeedException("interrupted while reading the KPI feed from " + origin);
        }
    }

    private HttpRequest request() throws FeedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Accept", "application/json")
                .GET();
        if (authEnv != null) {
            String value = env.apply(authEnv);
            if (value == null || value.isBlank()) {
                throw new FeedException("environment variable " + authEnv + " (kpi.auth_env) is not set or empty;"
                        + " it must hold the " + authHeader + " header value for " + origin);
            }
            try {
                builder.header(authHeader, value);
            } catch (IllegalArgumentException e) {
                // Never echo the value: it is a secret.
                throw new FeedException("cannot send header '" + authHeader + "' (kpi.auth_header) with the value of "
                        + authEnv + ": the name or value is not allowed in an HTTP header");
            }
        }
        return builder.build();
    }

    private HttpResponse<Flow.Publisher<List<ByteBuffer>>> send(HttpRequest request) throws FeedException {
        // With a credential attached, redirects are not followed: they could carry the header to another host.
        ClientKey key = new ClientKey(connectTimeout,
                authEnv == null ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER);
        HttpClient client = CLIENTS.computeIfAbsent(key, k -> HttpClient.newBuilder()
                .connectTimeout(k.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(k.redirect())
                .build());
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofPublisher());
        } catch (HttpConnectTimeoutException e) {
            throw new FeedException("timed out after " + LimitText.duration(connectTimeout) + " connecting to "
                    + origin + " (kpi.connect_timeout)");
        } catch (HttpTimeoutException e) {
            throw new FeedException("no response from " + origin + " within " + LimitText.duration(readTimeout)
                    + " (kpi.read_timeout)");
        } catch (ConnectException e) {
            throw new FeedException("cannot connect to " + origin + ": " + describe(e));
        } catch (IOException e) {
            throw new FeedException("cannot reach " + origin + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("interrupted while connecting to " + origin);
        }
    }

    private FeedException tooLarge() {
        return new FeedException("response from " + origin + " is larger than the limit of "
                + LimitText.bytes(maxBytes) + " (kpi.max_bytes)");
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String what = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        return what.isBlank() ? "connection failed" : what;
    }

    /** The URL as shown to users: any {@code user:password@} part is dropped so credentials never reach logs. */
    static String withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri.toString();
        }
        String s = uri.toString();
        return s.replace(uri.getRawUserInfo() + "@", "");
    }
}
