package dev.docsite.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/**
 * The base of docsite's flexmark parser factories: none of docsite's syntaxes has to run before or after another
 * parser, and none affects the whole document, which is what flexmark asks every factory. Subclasses say how their
 * syntax starts ({@link IndependentBlockParserFactory}, {@link IndependentInlineParserFactory}).
 * <p>
 * flexmark orders factories by class, so each syntax keeps a factory class of its own.
 */
public abstract class IndependentParserFactory implements Dependent {

    IndependentParserFactory() {
    }

    @Override
    public final Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public final Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public final boolean affectsGlobalScope() {
        return false;
    }
}
