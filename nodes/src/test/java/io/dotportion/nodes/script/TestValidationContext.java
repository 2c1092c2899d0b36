package io.dotportion.nodes.script;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A ValidationContext over a fixed set of node ids, for node tests. */
public final class TestValidationContext implements ValidationContext {
    private final Set<String> nodeIds;

    public TestValidationContext(String... nodeIds) {
        this.nodeIds = Set.of(nodeIds);
    }

    @Override
    public Set<String> nodeIds() {
        return nodeIds;
    }

    @Override
    public Set<String> secretNames(String type) {
        return Set.of();
    }

    @Override
    public List<Violation> checkTemplate(String path, ValueTemplate template) {
        List<Violation> out = new ArrayList<>();
        template.problems()
                .forEach(p -> out.add(Violation.error(path + p.at(), ViolationCode.BAD_TEMPLATE, p.message())));
        return out;
    }
}
