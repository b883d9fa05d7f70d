package dev.docsite.templates;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.ext.util.WrapperTemplateModel;
import java.lang.invoke.MethodHandle;
import java.util.Map;

/**
 * A view record as templates see it ({@link ViewObjectWrapper}): its components read through their accessors, any
 * other name (and listing, emptiness, its text) answered by Freemarker's bean model of the record, made only when
 * needed.
 */
final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel, TemplateScalarModel,
        AdapterTemplateModel, WrapperTemplateModel {

    private final Object record;
    private final Map<String, MethodHandle> accessors;
    private final ViewObjectWrapper wrapper;
    private TemplateModel bean;

    RecordModel(Object record, Map<String, MethodHandle> accessors, ViewObjectWrapper wrapper) {
        this.record = record;
        this.accessors = accessors;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        MethodHandle accessor = accessors.get(key);
        if (accessor == null) {
            return bean().get(key);
        }
        Object value;
        try {
            value = accessor.invoke(record);
        } catch (Throwable e) {
            throw new TemplateModelException("reading " + key + " of " + record.getClass().getSimpleName(), e);
        }
        return wrapper.wrap(value);
    }

    /** {@code item.label()}: a method call, as the bean model answers it. */
    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
            MethodCallAwareTemplateHashModel.ShouldNotBeGetAsMethodException {
        return ((MethodCallAwareTemplateHashModel) bean()).getBeforeMethodCall(key);
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
        return bean().isEmpty();
    }

    @Override
    public int size() throws TemplateModelException {
        return bean().size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
        return bean().keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        return bean().values();
    }

    @Override
    public String getAsString() throws TemplateModelException {
        return ((TemplateScalarModel) bean()).getAsString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return record;
    }

    @Override
    public Object getWrappedObject() {
        return record;
    }

    private TemplateHashModelEx bean() throws TemplateModelException {
        if (bean == null) {
            bean = wrapper.beanModelOf(record);
        }
        return (TemplateHashModelEx) bean;
    }
}
