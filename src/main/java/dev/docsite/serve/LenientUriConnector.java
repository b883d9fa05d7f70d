package dev.docsite.serve;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty refuses paths that climb above the root or decode to odd characters ({@code /../x}, {@code /%2e%2e/x},
 * {@code /a%00b}) with a bare 400 before any handler runs. For the preview these are simply pages that do not
 * exist: this connector turns Jetty's URI refusals into a 404 with the site's 404 page, like every other unknown path.
 * Other malformed requests (headers, methods) keep Jetty's answer.
 */
final class LenientUriConnector {

    private LenientUriConnector() {
    }

    static ServerConnector create(Server server, HttpConfiguration config, String host, int port) {
        ServerConnector connector = new ServerConnector(server, new Factory(config));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    /** Jetty says "Bad URI", "Ambiguous URI path ...", or wraps the parser's "Illegal character in path". */
    static boolean isUriProblem(BadMessageException e) {
        if (e.getCode() != 400) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = t instanceof BadMessageException bad ? bad.getReason() : t.getMessage();
            String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
            if (lower.contains("uri") || lower.contains("path")) {
                return true;
            }
        }
        return false;
    }

    /** Writes the site's 404 page for refused paths. */
    static ErrorHandler errorHandler(Supplier<Reply> notFound) {
        return new ErrorHandler() {
            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                if (status != 404) {
                    return super.badMessageError(status, reason, fields);
                }
                Reply reply = notFound.get();
                fields.put(HttpHeader.CONTENT_TYPE, reply.contentType());
                fields.put("X-Content-Type-Options", "nosniff");
                fields.put("Content-Security-Policy", reply.csp());
                return ByteBuffer.wrap(reply.body());
            }
        };
    }

    private static final class Factory extends HttpConnectionFactory {
        Factory(HttpConfiguration config) {
            super(config);
        }

        @Override
        public Connection newConnection(Connector connector, EndPoint endPoint) {
            HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint,
                    isRecordHttpComplianceViolations()) {
                @Override
                protected HttpChannelOverHttp newHttpChannel() {
                    return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
                        @Override
                        public void onBadMessage(BadMessageException failure) {
                            super.onBadMessage(isUriProblem(failure)
                                    ? new BadMessageException(404, "Not Found", failure) : failure);
                        }

                        @Override
                        protected void handleException(Throwable failure) {
                            super.handleException(failure instanceof BadMessageException bad && isUriProblem(bad)
                                    ? new BadMessageException(404, "Not Found", bad) : failure);
                        }
                    };
                }
            };
            connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
            connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
            return configure(connection, connector, endPoint);
        }
    }
}
