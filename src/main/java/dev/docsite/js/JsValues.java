package dev.docsite.js;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * Converts between script values and plain, unmodifiable Java values: {@code null}, {@code Boolean}, {@code String},
 * {@code Long} (integral numbers) or {@code Double}, {@code List<Object>}, {@code Map<String, Object>} (in the
 * object's key order; {@code undefined} members left out, as JSON does), {@link JsFunction} and {@link OpaqueValue}.
 */
final class JsValues {
    private static final int MAX_DEPTH = 100;

    private final JsRuntime runtime;
    private final Value opaqueName;

    JsValues(JsRuntime runtime, Value opaqueName) {
        this.runtime = runtime;
        this.opaqueName = opaqueName;
    }

    Object toJava(Value value) throws JsException {
        return toJava(value, 0);
    }

    private Object toJava(Value value, int depth) throws JsException {
        if (depth > MAX_DEPTH) {
            throw new JsException(null, 0, 0, "the value is nested more than " + MAX_DEPTH + " levels deep (a cycle?)");
        }
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isNumber()) {
            return value.fitsInLong() ? (Object) value.asLong() : (Object) value.asDouble();
        }
        Value opaque = opaqueName.execute(value);
        if (opaque.isString()) {
            return new OpaqueValue(opaque.asString());
        }
        if (value.canExecute()) {
            return new JsFunction(runtime, value);
        }
        if (value.hasArrayElements()) {
            List<Object> list = new ArrayList<>();
            for (long i = 0; i < value.getArraySize(); i++) {
                list.add(toJava(value.getArrayElement(i), depth + 1));
            }
            return Collections.unmodifiableList(list);
        }
        if (value.hasMembers()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : value.getMemberKeys()) {
                Value member = value.getMember(key);
                if (member != null && !(member.isNull() && "undefined".equals(member.toString()))) {
                    map.put(key, toJava(member, depth + 1));
                }
            }
            return Collections.unmodifiableMap(map);
        }
        return value.toString();
    }

    /** A Java argument as a script value. */
    static Object toScript(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> members = new LinkedHashMap<>();
            map.forEach((key, member) -> members.put(String.valueOf(key), toScript(member)));
            return ProxyObject.fromMap(members);
        }
        if (value instanceof List<?> list) {
            List<Object> elements = new ArrayList<>();
            list.forEach(element -> elements.add(toScript(element)));
            return ProxyArray.fromList(elements);
        }
        if (value instanceof java.nio.file.Path path) {
            return path.toString();
        }
        return value;
    }
}
