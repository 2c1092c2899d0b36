package io.dotportion.core.template;

/** Where template roots come from during one execution. */
public interface TemplateScope {

    /** The request value tree (see {@link io.dotportion.core.node.RequestData#toValue()}). */
    Object requestValue();

    /** Output of the previous node. */
    Object inputValue();

    /** Output of an earlier node, or null. */
    Object stepOutput(String nodeId);

    /** {@code {item, index}} of the innermost loop, or null outside loops. */
    Object loopValue();
}
