package dev.docsite.js;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The {@code host} object {@code commonjs.js} is given: module resolution, compilation, and the only file system
 * access scripts have, each read checked against the {@link ReadRoots}. Failures are returned as
 * {@code {__error, code}} for the script side to throw as an {@code Error} at the caller's line.
 */
final class JsHost {
    /** Prepended on the first line, so every other line keeps its number. */
    static final String WRAPPER = "(function (exports, require, module, __filename, __dirname) {";

    private final Context context;
    private final ReadRoots roots;
    private final ModuleResolver resolver;
    private final TypeStripper stripper;

    JsHost(Context context, ReadRoots roots, ModuleResolver resolver, TypeStripper stripper) {
        this.context = context;
        this.roots = roots;
        this.resolver = resolver;
        this.stripper = stripper;
    }

    ProxyObject create(Map<String, String> environment) {
        Map<String, Object> members = new HashMap<>();
        members.put("env", ProxyObject.fromMap(new HashMap<>(environment)));
        members.put("cwd", roots.workingDirectory().toString());
        members.put("path", PathModule.create(roots.workingDirectory()));
        members.put("resolve", guarded(args -> resolver.resolve(args[0].asString(), fromId(args[1]))));
        members.put("resolvePath", guarded(args -> resolver.resolvePath(args[0].asString(), fromId(args[1]))));
        members.put("dirname", (ProxyExecutable) args -> Path.of(args[0].asString()).getParent().toString());
        members.put("compile", guarded(args -> compile(args[0].asString())));
        members.put("readFile", guarded(args -> Files.readString(readable(args[0].asString()), StandardCharsets.UTF_8)));
        members.put("kind", guarded(args -> kind(args[0].asString())));
        members.put("readdir", guarded(args -> readdir(args[0].asString())));
        return ProxyObject.fromMap(members);
    }

    private Value compile(String id) throws IOException, ScriptFailure.Refused {
        String code;
        String name;
        if (id.startsWith(ModuleResolver.LIBRARY)) {
            name = id.substring(ModuleResolver.LIBRARY.length());
            code = resource(name);
        } else {
            Path file = resolver.checkReadable(ModuleResolver.fileOf(id));
            name = file.toString();
            code = stripper.strip(Files.readString(file, StandardCharsets.UTF_8), file);
        }
        Source source = Source.newBuilder("js", WRAPPER + code + "\n})", name).buildLiteral();
        return context.eval(source);
    }

    private Path readable(String path) throws ScriptFailure.Refused {
        Path file = roots.workingDirectory().resolve(path).toAbsolutePath().normalize();
        resolver.checkReadable(file);
        if (!Files.exists(file)) {
            throw new ScriptFailure.Refused("ENOENT: no such file or directory, open '" + file + "'", "ENOENT");
        }
        return file;
    }

    private String kind(String path) {
        Path file = roots.workingDirectory().resolve(path).toAbsolutePath().normalize();
        // Outside the allowed folders nothing exists, so a script learns nothing about the rest of the disk.
        if (!roots.allows(file) || !Files.exists(file)) {
            return "none";
        }
        return Files.isDirectory(file) ? "directory" : "file";
    }

    private ProxyArray readdir(String path) throws IOException, ScriptFailure.Refused {
        Path dir = readable(path);
        try (Stream<Path> entries = Files.list(dir)) {
            List<Object> names = entries.map(entry -> (Object) entry.getFileName().toString()).sorted().toList();
            return ProxyArray.fromList(names);
        }
    }

    private static String fromId(Value value) {
        return value.isNull() ? null : value.asString();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = JsHost.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A host function whose refusals and I/O errors become script errors instead of host exceptions. */
    private static ProxyExecutable guarded(HostFunction function) {
        return args -> {
            try {
                return function.apply(args);
            } catch (ScriptFailure.Refused e) {
                return error(e.getMessage(), e.code());
            } catch (IOException e) {
                return error(e.getMessage() == null ? e.toString() : e.getMessage(), "EIO");
            }
        };
    }

    private static ProxyObject error(String message, String code) {
        Map<String, Object> error = new HashMap<>();
        error.put("__error", message);
        error.put("code", code);
        return ProxyObject.fromMap(error);
    }

    @FunctionalInterface
    private interface HostFunction {
        Object apply(Value[] args) throws IOException, ScriptFailure.Refused;
    }
}
