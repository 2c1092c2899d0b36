package io.dotportion.core.engine.fakes;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.CompileContext;
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
import java.util.Set;

/** jwtGenerate stand-in: names a "jwt" secret and outputs the length of its value (never the value). */
final class FakeSecretUser implements NodeType<FakeSecretUser.Config> {

    record Config(String secret) {}

    @Override
    public String id() {
        return "jwtGenerate";
    }

    @Override
    public NodeDescriptor descriptor() {
        return NodeDescriptor.builder(id(), NodeRole.STEP).build();
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
        return context.secretNames("jwt").contains(config.secret())
                ? List.of()
                : List.of(Violation.warning(
                        "secret",
                        ViolationCode.UNKNOWN_SECRET,
                        "the project has no jwt secret named '" + config.secret() + "'"));
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
