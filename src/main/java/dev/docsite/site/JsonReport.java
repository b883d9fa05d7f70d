package dev.docsite.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docsite.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    public static void write(BuildResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, toJson(result));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
