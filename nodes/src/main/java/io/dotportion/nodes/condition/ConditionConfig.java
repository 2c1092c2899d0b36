package io.dotportion.nodes.condition;

/**
 * The data of a Condition node.
 *
 * @param condition a JavaScript expression over {@code input}, {@code request}, {@code steps} and
 *                  {@code loop}, like {@code {{param-1.result.age}} >= 18}; placeholders are bound as values
 */
public record ConditionConfig(String condition) {}
