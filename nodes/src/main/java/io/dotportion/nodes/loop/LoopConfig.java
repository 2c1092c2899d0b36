package io.dotportion.nodes.loop;

import io.dotportion.core.template.ValueTemplate;

/**
 * The data of a loop node.
 *
 * @param items         a template resolving to an array, like {@code "{{request.body.items}}"} (required; a version
 *                      deployed without it iterates the node's input)
 * @param maxIterations optional lower cap for this node; at most the platform's loop limit
 */
public record LoopConfig(ValueTemplate items, Integer maxIterations) {}
