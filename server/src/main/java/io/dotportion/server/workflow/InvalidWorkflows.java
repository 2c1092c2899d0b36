package io.dotportion.server.workflow;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.util.List;
import java.util.Map;

/** The 400 answer for a workflow with errors: every error listed with its path and code. */
final class InvalidWorkflows {
    private InvalidWorkflows() {}

    static ApiException of(List<Violation> violations, WorkflowDocument document) {
        List<Violation> errors = violations.stream().filter(Violation::isError).toList();
        String message = errors.size() == 1 ? "1 problem" : errors.size() + " problems";
        return new ApiException(
                ApiError.INVALID_WORKFLOW, message, Map.of("violations", ViolationView.all(errors, document)));
    }

    static void requireNoErrors(List<Violation> violations, WorkflowDocument document) {
        if (violations.stream().anyMatch(Violation::isError)) {
            throw of(violations, document);
        }
    }

    static List<Violation> warnings(List<Violation> violations) {
        return violations.stream().filter(v -> !v.isError()).toList();
    }
}
