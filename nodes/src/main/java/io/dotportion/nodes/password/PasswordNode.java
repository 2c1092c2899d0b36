package io.dotportion.nodes.password;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Hashes a password with Argon2id ({@code hash}) or checks a candidate against a stored Argon2 or bcrypt hash
 * ({@code verify}); see the package documentation.
 */
public final class PasswordNode implements NodeType<PasswordConfig> {
    public static final String ID = "password";
    static final String HASH = "hash";
    static final String VERIFY = "verify";
    static final String PASSWORD = "password";
    static final List<String> OPERATIONS = List.of(HASH, VERIFY);

    private final PasswordLimits limits;
    private final PasswordWorkers workers;
    private final SecureRandom random = new SecureRandom();

    /** A node with the default limits; {@code workers} run its hashes (the caller closes them). */
    public PasswordNode(PasswordWorkers workers) {
        this(PasswordLimits.defaults(), workers);
    }

    public PasswordNode(PasswordLimits limits, PasswordWorkers workers) {
        this.limits = limits;
        this.workers = workers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<PasswordConfig> configType() {
        return PasswordConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return PasswordDescriptor.DESCRIPTOR;
    }

    @Override
    public List<Violation> validate(PasswordConfig config, ValidationContext context) {
        List<Violation> out = new ArrayList<>();
        String operation = config.operation();
        if (operation == null || operation.isBlank()) {
            out.add(invalid("operation", "operation is required: hash or verify"));
        } else if (!OPERATIONS.contains(operation)) {
            out.add(invalid("operation", "operation must be hash or verify"));
        }
        if (absent(config.password())) {
            out.add(invalid("password", "password is required: a template like {{request.body.password}}"));
        } else {
            out.addAll(context.checkTemplate("password", config.password()));
        }
        if (VERIFY.equals(operation) && absent(config.hash())) {
            out.add(invalid("hash", "hash is required for verify: a template resolving to the stored hash"));
        } else if (HASH.equals(operation) && config.hash() != null) {
            out.add(invalid("hash", "hash is read only by verify; hash outputs it"));
        } else if (config.hash() != null) {
            out.addAll(context.checkTemplate("hash", config.hash()));
        }
        Argon2Cost.of(config).check(limits, out);
        return out;
    }

    @Override
    public NodeHandler compile(PasswordConfig config, CompileContext context) {
        Argon2Cost cost = Argon2Cost.of(config);
        return VERIFY.equals(config.operation())
                ? new VerifyHandler(config.password(), config.hash(), cost, limits, workers)
                : new HashHandler(config.password(), cost, limits, workers, random);
    }

    private static boolean absent(ValueTemplate template) {
        return template == null || template.raw() == null || "".equals(template.raw());
    }

    private static Violation invalid(String path, String message) {
        return Violation.error(path, ViolationCode.INVALID_CONFIG, message);
    }
}
