package io.dotportion.nodes.logic;

/**
 * The data of a Logic node.
 *
 * @param code the body of a JavaScript function that sees {@code input}, {@code request}, {@code steps} and
 *             {@code loop} and returns the node's output; {@code {{ path }}} placeholders are bound as values
 */
public record LogicConfig(String code) {}
