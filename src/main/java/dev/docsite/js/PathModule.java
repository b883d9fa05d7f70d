package dev.docsite.js;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/** Node's {@code path} module (POSIX flavour), the subset configurations use, on {@link java.nio.file.Path}. */
final class PathModule {
    private PathModule() {
    }

    static ProxyObject create(Path workingDirectory) {
        Map<String, Object> members = new HashMap<>();
        members.put("sep", "/");
        members.put("delimiter", ":");
        members.put("join", (ProxyExecutable) args -> join(strings(args)));
        members.put("resolve", (ProxyExecutable) args -> resolve(workingDirectory, strings(args)));
        members.put("normalize", (ProxyExecutable) args -> normalize(string(args, 0)));
        members.put("isAbsolute", (ProxyExecutable) args -> string(args, 0).startsWith("/"));
        members.put("dirname", (ProxyExecutable) args -> dirname(string(args, 0)));
        members.put("basename", (ProxyExecutable) args -> basename(string(args, 0), args.length > 1 ? string(args, 1) : ""));
        members.put("extname", (ProxyExecutable) args -> extname(string(args, 0)));
        members.put("relative", (ProxyExecutable) args -> relative(workingDirectory, string(args, 0), string(args, 1)));
        ProxyObject module = ProxyObject.fromMap(members);
        members.put("posix", module);
        return module;
    }

    static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                joined.append(joined.length() == 0 ? "" : "/").append(part);
            }
        }
        return joined.length() == 0 ? "." : normalize(joined.toString());
    }

    static String resolve(Path workingDirectory, String... parts) {
        String resolved = "";
        for (int i = parts.length - 1; i >= 0 && !resolved.startsWith("/"); i--) {
            if (!parts[i].isEmpty()) {
                resolved = resolved.isEmpty() ? parts[i] : parts[i] + "/" + resolved;
            }
        }
        if (!resolved.startsWith("/")) {
            resolved = workingDirectory + (resolved.isEmpty() ? "" : "/" + resolved);
        }
        String normalized = normalize(resolved);
        return normalized.length() > 1 && normalized.endsWith("/") ? normalized.substring(0, normalized.length() - 1) : normalized;
    }

    static String normalize(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        String normalized = Path.of(path).normalize().toString();
        if (normalized.isEmpty()) {
            normalized = ".";
        }
        return path.endsWith("/") && !normalized.endsWith("/") ? normalized + "/" : normalized;
    }

    static String dirname(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        return slash == 0 ? "/" : trimmed.substring(0, slash);
    }

    static String basename(String path, String extension) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String base = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return !extension.isEmpty() && base.endsWith(extension) && !base.equals(extension)
                ? base.substring(0, base.length() - extension.length()) : base;
    }

    static String extname(String path) {
        String base = basename(path, "");
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot);
    }

    static String relative(Path workingDirectory, String from, String to) {
        return Path.of(resolve(workingDirectory, from)).relativize(Path.of(resolve(workingDirectory, to))).toString();
    }

    private static String[] strings(Value[] args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = string(args, i);
        }
        return strings;
    }

    private static String string(Value[] args, int index) {
        if (index >= args.length || args[index].isNull()) {
            return "";
        }
        return args[index].isString() ? args[index].asString() : args[index].toString();
    }
}
