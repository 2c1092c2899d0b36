package io.dotportion.nodes.mongo;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every problem of a database or mongodb node's config, with its path. */
final class ConfigCheck {
    private final ValidationContext context;
    private final List<Violation> out = new ArrayList<>();

    private ConfigCheck(ValidationContext context) {
        this.context = context;
    }

    static List<Violation> check(MongoNodeConfig config, boolean external, ValidationContext context) {
        ConfigCheck check = new ConfigCheck(context);
        if (external) {
            check.secret(config.secret());
            check.database(config.database());
        }
        NameRules.collectionProblem(config.collection()).ifPresent(p -> check.invalid("collection", p));
        check.templates(config);
        Optional<Operation> operation = check.operation(config.operation());
        if (config.filter() != null && config.query() != null) {
            check.invalid("query", "set either filter or query (its DotPortion name), not both");
        }
        operation.ifPresent(op -> PartRules.check(op, config, check::invalid));
        OptionRules.check(config.options(), check::invalid);
        return List.copyOf(check.out);
    }

    private void secret(String name) {
        Optional<String> problem = NameRules.secretProblem(name);
        if (problem.isPresent()) {
            invalid("secret", problem.get());
        } else if (!context.secretNames("mongodb").contains(name)) {
            out.add(Violation.warning(
                    "secret", ViolationCode.UNKNOWN_SECRET, "the project has no mongodb secret named '" + name + "'"));
        }
    }

    private void database(String name) {
        if (name != null) {
            NameRules.databaseProblem(name).ifPresent(p -> invalid("database", p));
        }
    }

    private Optional<Operation> operation(String name) {
        if (name == null || name.isBlank()) {
            invalid("operation", "operation is required: one of " + Operation.names());
            return Optional.empty();
        }
        Optional<Operation> operation = Operation.parse(name);
        if (operation.isEmpty()) {
            invalid("operation", "unknown operation '" + name + "': use one of " + Operation.names());
        }
        return operation;
    }

    private void templates(MongoNodeConfig config) {
        template("filter", config.filter());
        template("query", config.query());
        template("data", config.data());
        template("update", config.update());
        template("pipeline", config.pipeline());
        template("options.sort", config.options().sort());
        template("options.limit", config.options().limit());
        template("options.skip", config.options().skip());
        template("options.projection", config.options().projection());
    }

    private void template(String path, ValueTemplate template) {
        if (template != null) {
            out.addAll(context.checkTemplate(path, template));
        }
    }

    private void invalid(String path, String message) {
        out.add(Violation.error(path, ViolationCode.INVALID_CONFIG, message));
    }
}
