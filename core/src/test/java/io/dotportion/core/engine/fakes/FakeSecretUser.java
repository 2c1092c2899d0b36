package io.dotportion.core.engine.fakes;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.secret.Secret;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * jwtGenerate stand-in: names a "jwt" secret (a secret field of its descriptor) and outputs the length of its
 * value (never the value); with {@code minBytes} it wants a value at least that long, as an algorithm would.
 */
final class FakeSecretUser implements NodeType<FakeSecretUser.Config> {

    record Config(String secret, Integer minBytes) {}

    @Override
    public String id() {
        return "jwtGenerate";
    }

    @Override
    public NodeDescriptor descriptor() {
        return NodeDescriptor.builder(id(), NodeRole.STEP)
                .config(ConfigSchema.of(Config.class))
                .secret("secret", "jwt")
                .build();
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> ports() {
        return Ports.SINGLE_OR_ERROR;
    }

    @Override
    public List<Violation> validate(Config config, ValidationContext context) {
        if (config.secret() == null) {
            return List.of(Violation.error("secret", ViolationCode.INVALID_CONFIG, "secret is required"));
        }
        if (!context.secretNames("jwt").contains(config.secret())) {
            return List.of(Violation.warning(
                    "secret",
                    ViolationCode.UNKNOWN_SECRET,
                    "the project has no jwt secret named '" + config.secret() + "'"));
        }
        OptionalInt bytes = context.secretBytes("jwt", config.secret());
        if (config.minBytes() != null && bytes.isPresent() && bytes.getAsInt() < config.minBytes()) {
            return List.of(Violation.warning(
                    "secret",
                    ViolationCode.SECRET_TOO_SHORT,
                    "secret is shorter than " + config.minBytes() + " bytes"));
        }
        return List.of();
    }

    /** Declares a credential output like the real node (its output here has no such field). */
    @Override
    public Set<String> credentialOutputs() {
        return Set.of("token");
    }

    @Override
    public NodeHandler compile(Config config, CompileContext context) {
        return ctx -> {
            Secret secret = ctx.secret(config.secret(), "jwt");
            return NodeOutcome.next(Map.of("length", secret.reveal().length()));
        };
    }
}
