package dev.docsite.templates;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Freemarker's {@link DefaultObjectWrapper} with a faster path for docsite's view records ({@link PageView},
 * {@link NavItem}, …): {@code item.label} calls the record's accessor through a method handle found once per class
 * ({@link RecordModel}) instead of Freemarker's bean introspection, whose per-object model, reflective call and
 * class lookups were most of the cost of drawing a sidebar (a third of a build's CPU on sites with many small
 * folders, where nearly every page has a sidebar of its own). Every value is wrapped as before and every other
 * name (methods, bean properties such as {@code item.type}) is answered by the bean model, so templates see the
 * same values.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    /** Component accessors by name, per record class; an empty map for classes left to the bean model. */
    private final Map<Class<?>, Map<String, MethodHandle>> accessors = new ConcurrentHashMap<>();

    ViewObjectWrapper() {
        super(Configuration.VERSION_2_3_33);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record) {
            Map<String, MethodHandle> byName = accessors.computeIfAbsent(obj.getClass(), ViewObjectWrapper::accessorsOf);
            if (!byName.isEmpty()) {
                return new RecordModel(obj, byName, this);
            }
        }
        return super.handleUnknownType(obj);
    }

    /** The bean model Freemarker would have made for {@code obj}: what {@link RecordModel} falls back on. */
    TemplateModel beanModelOf(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }

    /**
     * The accessors of a public record of docsite's, except those of components that also have a bean getter
     * ({@code getX()}, {@code isX()}): Freemarker reads such a name through the getter.
     */
    private static Map<String, MethodHandle> accessorsOf(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers()) || !type.getName().startsWith("dev.docsite.")) {
            return Map.of();
        }
        Map<String, MethodHandle> byName = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (hasGetter(type, "get" + capitalised) || hasGetter(type, "is" + capitalised)) {
                continue;
            }
            try {
                byName.put(name, lookup.unreflect(component.getAccessor()));
            } catch (IllegalAccessException e) {
                return Map.of(); // not accessible from here: the bean model decides, as before
            }
        }
        return Map.copyOf(byName);
    }

    private static boolean hasGetter(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
    }
}
