package io.dotportion.core.template;

import java.util.List;
import java.util.Map;

/** Walks a value tree along a path. A missing step yields null. */
final class Paths {
    private Paths() {
    }

    static Object resolve(TemplatePath path, TemplateScope scope) {
        Object value = switch (path.root()) {
            case REQUEST -> scope.requestValue();
            case INPUT -> scope.inputValue();
            case LOOP -> scope.loopValue();
            case STEP -> scope.stepOutput(path.nodeId());
        };
        for (String segment : path.segments()) {
            value = child(value, segment);
            if (value == null) {
                return null;
            }
        }
        return value;
    }

    private static Object child(Object value, String segment) {
        if (value instanceof Map<?, ?> map) {
            return map.get(segment);
        }
        if (value instanceof List<?> list) {
            int index = index(segment);
            return index >= 0 && index < list.size() ? list.get(index) : null;
        }
        return null;
    }

    private static int index(String segment) {
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
