package io.dotportion.nodes.mongo;

import io.dotportion.core.node.NodeContext;
import io.dotportion.core.template.ValueTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filter, update, pipeline or data value as written by the workflow author, with every template kept apart
 * from the author's own structure. Keys and constants are the author's (operators allowed); a value produced
 * by a template is data and passes {@link ValueGuard} on every evaluation, so it can never become an operator.
 */
sealed interface Shape {

    Object evaluate(NodeContext context);

    /** Splits a raw config value into author structure and substituted values. */
    static Shape of(Object raw, boolean expression) {
        if (raw instanceof String text) {
            ValueTemplate template = ValueTemplate.of(text);
            return template.isConstant() ? new Fixed(text) : new Substituted(template, expression);
        }
        if (raw instanceof Map<?, ?> map) {
            Map<String, Shape> members = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                members.put(key, of(v, expression || key.equals("$expr")));
            });
            return members.values().stream().allMatch(Fixed.class::isInstance)
                    ? new Fixed(raw)
                    : new Obj(Collections.unmodifiableMap(members));
        }
        if (raw instanceof List<?> list) {
            List<Shape> items = list.stream().map(item -> of(item, expression)).toList();
            return items.stream().allMatch(Fixed.class::isInstance) ? new Fixed(raw) : new Arr(items);
        }
        return new Fixed(raw);
    }

    /** Written by the author: trusted structure. */
    record Fixed(Object value) implements Shape {
        public Object evaluate(NodeContext context) {
            return value;
        }
    }

    /** Produced by a template: a value only. {@code expression} is true inside pipelines and {@code $expr}. */
    record Substituted(ValueTemplate template, boolean expression) implements Shape {
        public Object evaluate(NodeContext context) {
            Object value = context.evaluate(template);
            ValueGuard.check(value, expression, template);
            return value;
        }
    }

    record Obj(Map<String, Shape> members) implements Shape {
        public Object evaluate(NodeContext context) {
            Map<String, Object> out = new LinkedHashMap<>(members.size() * 2);
            members.forEach((k, v) -> out.put(k, v.evaluate(context)));
            return Collections.unmodifiableMap(out);
        }
    }

    record Arr(List<Shape> items) implements Shape {
        public Object evaluate(NodeContext context) {
            List<Object> out = new ArrayList<>(items.size());
            for (Shape item : items) {
                out.add(item.evaluate(context));
            }
            return Collections.unmodifiableList(out);
        }
    }
}
