package dev.docsite.serve;

import java.util.Locale;
import java.util.Set;

/**
 * Which {@code Host} headers the preview answers. A page on any web site can make the browser send requests to
 * {@code 127.0.0.1:8080} under its own name (DNS rebinding) and read the answers, drafts and {@code kpi/snapshot.json}
 * included; such a request carries that site's name as its {@code Host}. Only the address the preview is bound to,
 * {@code localhost}, {@code 127.0.0.1} and {@code [::1]} are answered, with the preview's port; anything else gets
 * 421 Misdirected Request. Bound to every interface ({@code --host 0.0.0.0}), any IP address is answered as well,
 * since readers on the network then use the machine's address.
 */
final class HostCheck {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String boundHost;
    private final boolean wildcard;

    HostCheck(String boundHost) {
        String host = boundHost == null ? "127.0.0.1" : boundHost.toLowerCase(Locale.ROOT);
        this.wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        this.boundHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Whether a request with this {@code Host} header, to {@code port}, is answered. */
    boolean allows(String header, int port) {
        if (header == null) {
            return false;
        }
        String value = header.strip().toLowerCase(Locale.ROOT);
        String suffix = ":" + port;
        if (!value.endsWith(suffix)) {
            return false;
        }
        String name = value.substring(0, value.length() - suffix.length());
        return LOOPBACK.contains(name) || name.equals(boundHost) || wildcard && isIpLiteral(name);
    }

    private static boolean isIpLiteral(String name) {
        return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || name.startsWith("[") && name.endsWith("]");
    }
}
