package io.dotportion.core.template;

import io.dotportion.core.value.FixedKeys;
import io.dotportion.core.value.FixedMap;
import io.dotportion.core.value.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The parsed form of a template value, prepared at deploy time: a request only resolves paths and fills values. */
sealed interface Part {

    Object evaluate(TemplateScope scope);

    record Const(Object value) implements Part {
        public Object evaluate(TemplateScope scope) {
            return value;
        }
    }

    /** Exactly one template: keeps the value's type. */
    record Ref(CompiledPath path) implements Part {
        public Object evaluate(TemplateScope scope) {
            return path.resolve(scope);
        }
    }

    /**
     * Text with templates inside: always a string. {@code literals} has one more element than {@code paths}: the
     * text before each path, then the text after the last one ("" where there is none).
     */
    record Text(String[] literals, CompiledPath[] paths, int literalLength) implements Part {
        public Object evaluate(TemplateScope scope) {
            StringBuilder out = new StringBuilder(literalLength + 16 * paths.length);
            for (int i = 0; i < paths.length; i++) {
                out.append(literals[i]).append(Values.toText(paths[i].resolve(scope)));
            }
            return out.append(literals[paths.length]).toString();
        }
    }

    /** An object with templates among its members: evaluated into a map over keys fixed at deploy time. */
    record Obj(FixedKeys keys, Part[] members) implements Part {
        public Object evaluate(TemplateScope scope) {
            Object[] values = new Object[members.length];
            for (int i = 0; i < members.length; i++) {
                values[i] = members[i].evaluate(scope);
            }
            return new FixedMap(keys, values);
        }
    }

    record Arr(List<Part> items) implements Part {
        public Object evaluate(TemplateScope scope) {
            List<Object> out = new ArrayList<>(items.size());
            for (Part item : items) {
                out.add(item.evaluate(scope));
            }
            return Collections.unmodifiableList(out);
        }
    }
}
