package dev.docsite.markdown;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import java.util.Set;

/**
 * Registers a block parser that has no ordering constraints with other parsers and no global effect, which is
 * true of all of docsite's block syntaxes; subclasses only say which parser factory to create.
 */
public abstract class IndependentBlockParserFactory implements CustomBlockParserFactory {

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
