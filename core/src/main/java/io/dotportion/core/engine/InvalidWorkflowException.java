package io.dotportion.core.engine;

import io.dotportion.core.model.Violation;
import java.util.List;

/** A workflow that cannot be compiled; carries every violation found. */
public final class InvalidWorkflowException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidWorkflowException(List<Violation> violations) {
        super(violations.size() + " problem(s) in workflow", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
