package dev.docsite.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docsite.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The {@code --report} file: {@code {"pages": N, "problems": [{severity, code, file, line, column, message, target}]}}. */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String toJson(BuildResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("pages", result.pages());
        root.put("errors", result.errors());
        root.put("warnings", result.warnings());
        root.put("written", result.written());
        if (result.failure() != null) {
            root.put("failure", result.failure());
        }
        ArrayNode problems = root.putArray("problems");
        for (Problem p : result.problems()) {
            ObjectNode n = problems.addObject();
            n.put("severity", p.severity().label());
            n.put("code", p.code().id());
            n.put("file", p.file());
            n.put("line", p.line());
            n.put("column", p.column());
            n.put("message", p.message());
            n.put("target", p.target());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("report could not be serialised", e);
        }
    }

    /**
     * Writes the report to a new temporary file in {@code file}'s folder and moves it over {@code file}, so a reader
     * never sees half a report. {@code file} must be a regular file or absent ({@code output/ReportLocation} checks
     * it before the build); it is checked again just before the move, and a temporary file left over is removed.
     */
    public static void write(BuildResult result, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, toJson(result));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("it is no longer a regular file; not replaced");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
