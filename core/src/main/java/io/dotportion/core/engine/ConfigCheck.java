package io.dotportion.core.engine;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.ValidationContext;
import java.util.List;

/**
 * Validation step four: each node's data bound to its type's config and checked by the type. Violations
 * of a type are relative to the node's data and get the prefix {@code nodes[i].data}. An unknown secret
 * is a warning on save and an error on deploy.
 */
final class ConfigCheck {
    private final DocumentIndex index;
    private final ValidationContext context;
    private final boolean forDeploy;
    private final List<Violation> out;

    ConfigCheck(DocumentIndex index, ValidationContext context, boolean forDeploy, List<Violation> out) {
        this.index = index;
        this.context = context;
        this.forDeploy = forDeploy;
        this.out = out;
    }

    /** Bound configs by node position; null for nodes of unknown type or with a config that does not bind. */
    Object[] run() {
        Object[] configs = new Object[index.nodeCount()];
        for (int i = 0; i < configs.length; i++) {
            NodeType<?> type = index.type(i);
            if (type == null) {
                continue;
            }
            String dataPath = DocumentIndex.nodePath(i) + ".data";
            configs[i] = ConfigBinder.bind(type, index.node(i).data(), dataPath, out);
            if (configs[i] != null) {
                check(type, configs[i], dataPath);
            }
        }
        return configs;
    }

    private void check(NodeType<?> type, Object config, String dataPath) {
        List<Violation> found;
        try {
            found = validate(type, config);
        } catch (RuntimeException e) {
            out.add(Violation.error(
                    dataPath,
                    ViolationCode.INVALID_CONFIG,
                    "the " + type.id() + " node type could not check this configuration"));
            return;
        }
        for (Violation v : found == null ? List.<Violation>of() : found) {
            Violation.Severity severity =
                    forDeploy && v.code() == ViolationCode.UNKNOWN_SECRET ? Violation.Severity.ERROR : v.severity();
            out.add(new Violation(prefixed(dataPath, v.path()), v.code(), v.message(), severity));
        }
    }

    private <C> List<Violation> validate(NodeType<C> type, Object config) {
        return type.validate(type.configType().cast(config), context);
    }

    static String prefixed(String base, String relative) {
        if (relative == null || relative.isEmpty()) {
            return base;
        }
        return relative.startsWith("[") || relative.startsWith(".") ? base + relative : base + "." + relative;
    }
}
