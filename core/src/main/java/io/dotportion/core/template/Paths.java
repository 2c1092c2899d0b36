package io.dotportion.core.template;

import java.util.List;
import java.util.Map;

/** Walks a value tree along a path. A missing step yields null. */
final class Paths {
    private Paths() {}

    /** Resolves a path that was not prepared ({@link CompiledPath} is the prepared form). */
    static Object resolve(TemplatePath path, TemplateScope scope) {
        Object value = root(path.root(), path.nodeId(), scope);
        List<String> segments = path.segments();
        for (int i = 0; i < segments.size() && value != null; i++) {
            String segment = segments.get(i);
            value = child(value, segment, value instanceof List<?> ? index(segment) : -1);
        }
        return value;
    }

    /** The root value a path starts from. */
    static Object root(TemplatePath.Root root, String nodeId, TemplateScope scope) {
        return switch (root) {
            case REQUEST -> scope.requestValue();
            case INPUT -> scope.inputValue();
            case LOOP -> scope.loopValue();
            case STEP -> scope.stepOutput(nodeId);
        };
    }

    /** One step: a key of an object, or (when {@code index} is not negative) an element of an array. */
    static Object child(Object value, String key, int index) {
        if (value instanceof Map<?, ?> map) {
            return map.get(key);
        }
        if (value instanceof List<?> list) {
            return index >= 0 && index < list.size() ? list.get(index) : null;
        }
        return null;
    }

    /** The array index a segment denotes (up to nine digits), or -1. */
    static int index(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return -1;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(segment);
    }
}
