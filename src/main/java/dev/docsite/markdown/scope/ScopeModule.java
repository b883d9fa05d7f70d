package dev.docsite.markdown.scope;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The CommonJS module that evaluates a file's expressions: the statements of the bindings they use (and of the
 * bindings those use), in the file's order, then one function per expression in {@code exports.__docsite}, so that
 * an expression that throws does not take the others with it.
 */
final class ScopeModule {

    static final String EXPRESSIONS = "__docsite";

    private ScopeModule() {
    }

    static String source(EsmScope scope, List<String> expressions) {
        Set<String> needed = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>();
        expressions.forEach(e -> pending.addAll(scope.referencedBy(e)));
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (needed.add(name)) {
                EsmScope.Binding b = scope.binding(name);
                pending.addAll(scope.referencedBy(b.statement().substring(b.statement().indexOf(' ') + 1)));
            }
        }
        StringBuilder js = new StringBuilder("'use strict';\n");
        scope.bindings().stream().filter(b -> needed.contains(b.name()))
                .forEach(b -> js.append(b.statement()).append(b.statement().endsWith(";") || b.statement().endsWith("}")
                        ? "\n" : ";\n"));
        js.append("exports.").append(EXPRESSIONS).append(" = [\n");
        for (String e : expressions) {
            js.append("() => (").append(e).append("\n),\n");
        }
        return js.append("];\n").toString();
    }
}
