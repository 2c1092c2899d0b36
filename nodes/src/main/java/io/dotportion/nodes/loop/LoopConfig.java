package io.dotportion.nodes.loop;

import io.dotportion.core.template.ValueTemplate;

/**
 * The data of a loop node.
 *
 * @param items         a template resolving to an array, like {@code "{{request.body.items}}"}; when absent (or
 *                      null) the node's input is iterated, and it must then be an array
 * @param maxIterations optional lower cap for this node; at most the platform's loop limit
 */
public record LoopConfig(ValueTemplate items, Integer maxIterations) {}
