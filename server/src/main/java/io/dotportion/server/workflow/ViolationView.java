package io.dotportion.server.workflow;

import io.dotportion.core.model.Violation;
import java.util.List;
import java.util.Locale;

/** One validation problem as the API shows it. */
public record ViolationView(String path, String code, String message, String severity) {

    public static ViolationView of(Violation v) {
        return new ViolationView(
                v.path(), v.code().name(), v.message(), v.severity().name().toLowerCase(Locale.ROOT));
    }

    public static List<ViolationView> all(List<Violation> violations) {
        return violations.stream().map(ViolationView::of).toList();
    }
}
