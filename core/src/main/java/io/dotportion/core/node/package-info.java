/**
 * The node SPI: what a node type implements ({@link io.dotportion.core.node.NodeType}), describes
 * ({@link io.dotportion.core.node.NodeDescriptor}) and sees while it runs ({@link io.dotportion.core.node.NodeContext}).
 *
 * <p>Shared across threads (immutable): node types, their descriptors and config schemas, the handlers they
 * compile, {@link io.dotportion.core.limit.Limits}. Confined to one run or one save/deploy (never shared, never
 * kept): {@code NodeContext}, {@code ValidationContext}, {@code CompileContext}, {@code LoopFrame}, outcomes.
 * This package depends on the model, templates, values and limits, never on the engine.
 */
package io.dotportion.core.node;
