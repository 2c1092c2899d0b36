package io.dotportion.core.engine;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.SecretField;
import io.dotportion.core.secret.SecretCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validation step five: each node's data checked whole. Every problem of a node is reported, not the first:
 * its unknown fields, every field that does not bind, and what the type finds in the fields that bound.
 * Violations of a type are relative to the node's data and get the prefix {@code nodes[i].data}. A secret the
 * project lacks, of another type, or too short for its node is a warning on save and an error on deploy; with
 * no project to ask ({@link SecretCatalog#known()} false) secrets are not checked.
 */
final class ConfigCheck {
    /** Problems that depend on the project's secrets as they are now: fixed by adding or replacing a secret. */
    private static final Set<ViolationCode> SECRET_STATE =
            Set.of(ViolationCode.UNKNOWN_SECRET, ViolationCode.SECRET_TYPE_MISMATCH, ViolationCode.SECRET_TOO_SHORT);

    private final DocumentIndex index;
    private final NodeValidationContext context;
    private final UnknownFields unknownFields;
    private final boolean forDeploy;
    private final List<Violation> out;

    ConfigCheck(
            DocumentIndex index,
            NodeValidationContext context,
            UnknownFields unknownFields,
            boolean forDeploy,
            List<Violation> out) {
        this.index = index;
        this.context = context;
        this.unknownFields = unknownFields;
        this.forDeploy = forDeploy;
        this.out = out;
    }

    /** Bound configs by node position; null for nodes of unknown type or with a field that does not bind. */
    Object[] run() {
        Object[] configs = new Object[index.nodeCount()];
        for (int i = 0; i < configs.length; i++) {
            NodeType<?> type = index.type(i);
            if (type == null) {
                continue;
            }
            String dataPath = DocumentIndex.nodePath(i) + ".data";
            Map<String, Object> data = index.node(i).data();
            unknownFields.check(type, data, dataPath, out);
            ConfigBinder.Bound bound = ConfigBinder.bind(type, data, dataPath);
            out.addAll(bound.problems());
            if (bound.config() != null) {
                List<Violation> found = new ArrayList<>(secretTypes(type, data, dataPath));
                found.addAll(check(type, bound.config(), dataPath));
                found.stream()
                        .filter(v -> !bound.leftOut(v.path()))
                        .filter(v -> !shadowed(v, found))
                        .map(this::severity)
                        .filter(v -> context.catalog().known() || !SECRET_STATE.contains(v.code()))
                        .forEach(out::add);
            }
            configs[i] = bound.problems().isEmpty() ? bound.config() : null;
        }
        return configs;
    }

    /** A node's own "no such secret" where the name is known as a secret of another type says less. */
    private static boolean shadowed(Violation v, List<Violation> found) {
        return v.code() == ViolationCode.UNKNOWN_SECRET
                && found.stream()
                        .anyMatch(o -> o.code() == ViolationCode.SECRET_TYPE_MISMATCH
                                && o.path().equals(v.path()));
    }

    private Violation severity(Violation v) {
        return forDeploy && SECRET_STATE.contains(v.code())
                ? new Violation(v.path(), v.code(), v.message(), Violation.Severity.ERROR)
                : v;
    }

    /**
     * Each secret field (its type's descriptor names them) that names a secret of a type the field does not take;
     * a field the descriptor lists once per type it takes (an http node's credential) accepts any of them.
     */
    private List<Violation> secretTypes(NodeType<?> type, Map<String, Object> data, String dataPath) {
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        for (SecretField field : type.descriptor().secretFields()) {
            accepted.computeIfAbsent(field.field(), f -> new ArrayList<>()).add(field.secretType());
        }
        List<Violation> found = new ArrayList<>();
        accepted.forEach((field, types) -> {
            if (!(data.get(field) instanceof String name)) {
                return;
            }
            Optional<String> actual = context.catalog().typeOf(name);
            if (actual.isPresent() && !types.contains(actual.get())) {
                found.add(Violation.warning(
                        dataPath + "." + field,
                        ViolationCode.SECRET_TYPE_MISMATCH,
                        "secret '" + name + "' is a " + actual.get() + " secret; a " + type.id() + " node needs "
                                + needed(types) + " here"));
            }
        });
        return found;
    }

    private static String needed(List<String> types) {
        if (types.size() == 1) {
            return "a " + types.get(0) + " secret";
        }
        return "a secret of type " + String.join(", ", types.subList(0, types.size() - 1)) + " or "
                + types.get(types.size() - 1);
    }

    private List<Violation> check(NodeType<?> type, Object config, String dataPath) {
        List<Violation> found;
        try {
            found = validate(type, config);
        } catch (RuntimeException e) {
            return List.of(Violation.error(
                    dataPath,
                    ViolationCode.INVALID_CONFIG,
                    "the " + type.id() + " node type could not check this configuration"));
        }
        List<Violation> out = new ArrayList<>();
        for (Violation v : found == null ? List.<Violation>of() : found) {
            out.add(new Violation(prefixed(dataPath, v.path()), v.code(), v.message(), v.severity()));
        }
        return out;
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
