package dev.docsite.markdown.scope;

import java.nio.file.Path;
import java.util.List;

/** Evaluates expressions in the scope of a file's imports and exports. Implementations are thread-safe. */
public interface ModuleValues {

    /** Nothing is evaluated: expressions keep their source text, without warnings (engines used without a site). */
    ModuleValues NONE = (file, scope, expressions) -> List.of();

    /**
     * @param file        the page or partial holding the expressions, absolute (its imports resolve from its folder)
     * @param scope       what the file binds
     * @param expressions JavaScript expressions using those bindings
     * @return one evaluation per expression, in order; empty when this instance does not evaluate
     */
    List<Evaluation> evaluate(Path file, EsmScope scope, List<String> expressions);
}
