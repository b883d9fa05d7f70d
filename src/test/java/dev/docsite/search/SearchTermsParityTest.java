package dev.docsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * The search script makes the same terms of a query as the build made of the pages, or a query would miss them:
 * {@code assets/search.js}'s {@code term()} against {@link SearchTerms} over every word of the sample site's
 * Markdown and the benchmark corpus's vocabulary, run in GraalJS.
 */
class SearchTermsParityTest {

    @Test
    void theScriptMakesTheSameTermsAsTheBuild() throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("content")), Files.walk(Path.of("src/test/java/dev/docsite/bench")))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String word : Files.readString(file).split("[^\\p{L}\\p{N}]+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        }
        words.addAll(List.of("Über", "größe", "ΑΒΓ", "naïve", "2FA", "x86", "generalizations", "controlling"));
        try (Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
             Context js = Context.newBuilder("js").engine(engine).build()) {
            js.eval(Source.newBuilder("js", Path.of("templates/assets/search.js").toFile()).build());
            Value term = js.getBindings("js").getMember("docsiteSearchTerms").getMember("term");
            SearchTerms java = new SearchTerms();
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (String word : words.stream().distinct().toList()) {
                Value t = term.execute(word);
                expected.add(word + " → " + java.term(word));
                actual.add(word + " → " + (t.isNull() ? null : t.asString()));
            }
            assertEquals(String.join("\n", expected), String.join("\n", actual));
        }
    }
}
