package io.dotportion.core.template;

import io.dotportion.core.value.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsed form of a template value. */
sealed interface Part {

    Object evaluate(TemplateScope scope);

    record Const(Object value) implements Part {
        public Object evaluate(TemplateScope scope) {
            return value;
        }
    }

    /** Exactly one template: keeps the value's type. */
    record Ref(TemplatePath path) implements Part {
        public Object evaluate(TemplateScope scope) {
            return Paths.resolve(path, scope);
        }
    }

    /** Text with templates inside: always a string. */
    record Text(List<Object> pieces) implements Part {
        public Object evaluate(TemplateScope scope) {
            StringBuilder out = new StringBuilder();
            for (Object piece : pieces) {
                if (piece instanceof TemplatePath path) {
                    out.append(Values.toText(Paths.resolve(path, scope)));
                } else {
                    out.append((String) piece);
                }
            }
            return out.toString();
        }
    }

    record Obj(Map<String, Part> members) implements Part {
        public Object evaluate(TemplateScope scope) {
            Map<String, Object> out = new LinkedHashMap<>(members.size() * 2);
            members.forEach((k, v) -> out.put(k, v.evaluate(scope)));
            return Collections.unmodifiableMap(out);
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
