package io.dotportion.core.engine;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.NodeRole;
import java.util.Set;

/**
 * The checks a version that already served is not held to: they came after it may have been deployed, and
 * what it did then it still does (a loop without a body or one that does not return ran its items once or
 * not at all; a loop without {@code items} iterates its input; a short jwt secret fails at run time). New
 * drafts meet them on save and deploy.
 */
final class ServedRules {
    private static final Set<ViolationCode> ADDED_SINCE = Set.of(
            ViolationCode.EMPTY_LOOP_BODY, ViolationCode.LOOP_BODY_NOT_RETURNING, ViolationCode.SECRET_TOO_SHORT);

    private ServedRules() {}

    static java.util.List<Violation> errors(Validation validation) {
        return validation.errors().stream()
                .filter(v -> !ADDED_SINCE.contains(v.code()))
                .filter(v -> !loopWithoutItems(validation.index(), v))
                .toList();
    }

    private static boolean loopWithoutItems(DocumentIndex index, Violation v) {
        if (v.code() != ViolationCode.INVALID_CONFIG) {
            return false;
        }
        for (int i = 0; i < index.nodeCount(); i++) {
            if (index.hasRole(i, NodeRole.LOOP)
                    && v.path().equals(DocumentIndex.nodePath(i) + ".data.items")
                    && index.node(i).data().get("items") == null) {
                return true;
            }
        }
        return false;
    }
}
