package dev.docsite.kpi.feed;

import dev.docsite.problem.IoReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docsite.kpi.KpiSnapshot;
import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Keeps the last snapshot that parsed cleanly, so a build can continue when the feed is down. Writes go to a temp
 * file in the same folder and are moved into place atomically: a crash mid-write never leaves a torn snapshot, and
 * concurrent builds each install a complete file.
 */
public final class SnapshotStore {

    /** File name of the last good snapshot inside the state folder. */
    public static final String FILE_NAME = "kpi-last-good.json";

    private final Path file;

    public SnapshotStore(Path stateDir) {
        this.file = stateDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Replaces the stored snapshot. Call only with a snapshot that parsed without errors. */
    public void save(KpiSnapshot snapshot) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, FILE_NAME, ".tmp");
        try {
            Files.writeString(temp, snapshot.toJson(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The stored snapshot, marked as not from fallback (the caller decides how it is used); empty when none was saved.
     *
     * @throws FeedException when the file exists but cannot be used
     */
    public Optional<KpiSnapshot> load() throws FeedException {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new FeedException("cannot read the last good KPI snapshot " + file + ": " + IoReason.of(e));
        }
        JsonNode root = FeedParser.readTree(body, file.toString());
        if (!(root instanceof ObjectNode doc)) {
            throw new FeedException("the last good KPI snapshot " + file + " is not a JSON object");
        }
        Instant fetchedAt = fetchedAt(doc);
        String origin = doc.path(KpiSnapshot.ORIGIN).asText(file.toString());
        doc.remove(KpiSnapshot.FETCHED_AT);
        doc.remove(KpiSnapshot.ORIGIN);
        doc.remove(KpiSnapshot.FROM_FALLBACK);
        FeedParse parse = FeedParser.fromTree(doc, null, origin, fetchedAt);
        if (!parse.ok()) {
            throw new FeedException("the last good KPI snapshot " + file + " is not a valid feed: "
                    + parse.problems().stream().filter(p -> p.severity() == Severity.ERROR)
                            .findFirst().map(Problem::message).orElse("no KPIs"));
        }
        return Optional.of(parse.snapshot());
    }

    private Instant fetchedAt(JsonNode doc) throws FeedException {
        try {
            return Instant.parse(doc.path(KpiSnapshot.FETCHED_AT).asText());
        } catch (DateTimeParseException e) {
            throw new FeedException("the last good KPI snapshot " + file + " has no valid "
                    + KpiSnapshot.FETCHED_AT);
        }
    }
}
