package io.dotportion.core.node;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A node's handles as the editor draws them: whether edges may enter it, the outputs edges leave from (in
 * display order) and whether it has an {@code error} handle. {@link #ids()} is {@link NodeType#ports()}.
 */
public record NodePorts(boolean input, List<OutputPort> outputs, boolean error) {

    public NodePorts {
        outputs = List.copyOf(outputs);
    }

    /** One plain output; the entry node (no input) when {@code input} is false. */
    public static NodePorts single(boolean input) {
        return new NodePorts(input, List.of(new OutputPort(Ports.DEFAULT, "")), false);
    }

    /** One output and an {@code error} handle. */
    public static NodePorts singleOrError() {
        return new NodePorts(true, List.of(new OutputPort(Ports.DEFAULT, "")), true);
    }

    /** The two branch handles, labelled. */
    public static NodePorts branch(String trueLabel, String falseLabel) {
        return new NodePorts(
                true, List.of(new OutputPort(Ports.TRUE, trueLabel), new OutputPort(Ports.FALSE, falseLabel)), false);
    }

    /** No output: the node ends the execution. */
    public static NodePorts none() {
        return new NodePorts(true, List.of(), false);
    }

    /** The handle ids edges may leave from, {@code error} included when the node has it. */
    @JsonIgnore
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        outputs.forEach(port -> ids.add(port.id()));
        if (error) {
            ids.add(Ports.ERROR);
        }
        return Set.copyOf(ids);
    }
}
