package dev.docsite.serve;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browsers connected to the live-reload stream, each with the page it shows. Sending never blocks a rebuild on a
 * dead connection for long: a client whose send fails is dropped. Thread-safe.
 */
public final class LiveEvents {

    /** One connected page. */
    public interface Client {
        /** Site-relative URL of the page the client shows ({@code guides/a/}). */
        String pageUrl();

        /** @return false when the connection is gone */
        boolean send(String event, String json);

        /** @return false when the connection is gone */
        boolean ping();
    }

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();

    public void add(Client client) {
        clients.add(client);
    }

    public void remove(Client client) {
        clients.remove(client);
    }

    public int size() {
        return clients.size();
    }

    /** URLs currently shown by at least one browser. */
    public Set<String> openUrls() {
        Set<String> urls = new HashSet<>();
        for (Client c : clients) {
            urls.add(c.pageUrl());
        }
        return urls;
    }

    public void broadcast(String event, String json) {
        for (Client c : clients) {
            boolean ok;
            try {
                ok = c.send(event, json);
            } catch (RuntimeException e) {
                ok = false;
            }
            if (!ok) {
                clients.remove(c);
            }
        }
    }

    /** Keeps idle connections open through proxies and finds the dead ones. */
    public void pingAll() {
        for (Client c : clients) {
            boolean ok;
            try {
                ok = c.ping();
            } catch (RuntimeException e) {
                ok = false;
            }
            if (!ok) {
                clients.remove(c);
            }
        }
    }
}
