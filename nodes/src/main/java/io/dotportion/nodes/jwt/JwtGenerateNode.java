package io.dotportion.nodes.jwt;

import io.dotportion.core.model.Violation;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signs a JWT with a project secret and outputs {@code {"token": "..."}}. The payload's claims keep their JSON
 * types. The time claims are the node's: it sets {@code iat} and {@code exp} (from {@code expiresIn}, 1 hour by
 * default), and a payload naming {@code iat}, {@code exp} or {@code nbf} is refused at save time. {@code iss} and
 * {@code aud} come from {@code issuer} and {@code audience}; the payload may carry them only when those are not
 * configured (an audience array, for instance).
 */
public final class JwtGenerateNode implements NodeType<JwtGenerateConfig> {
    public static final String ID = "jwtGenerate";
    /** The output field holding the signed token: a credential, masked in stored traces. */
    static final String TOKEN = "token";
    /** Time claims the node owns; a payload naming one of them is refused at save time. */
    static final Set<String> TIME_CLAIMS = Set.of("iat", "exp", "nbf");

    private final JwtLimits limits;
    private final Clock clock;

    /** A node with the default limits, reading the system clock. */
    public JwtGenerateNode() {
        this(JwtLimits.defaults(), Clock.systemUTC());
    }

    public JwtGenerateNode(JwtLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<JwtGenerateConfig> configType() {
        return JwtGenerateConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return JwtDescriptors.GENERATE;
    }

    @Override
    public Set<String> ports() {
        return Ports.SINGLE_OR_ERROR;
    }

    /** The token is a credential: stored traces mask it wherever it appears; the workflow's answer keeps it. */
    @Override
    public Set<String> credentialOutputs() {
        return Set.of(TOKEN);
    }

    @Override
    public List<Violation> validate(JwtGenerateConfig config, ValidationContext context) {
        List<Violation> out = new ArrayList<>();
        ConfigChecks.secret(config.secret(), context, out);
        validatePayload(config, context, out);
        if (config.expiresIn() != null) {
            Duration lifetime = Lifetime.parse(config.expiresIn()).orElse(null);
            if (lifetime == null) {
                out.add(ConfigChecks.invalid("expiresIn", "expiresIn must be " + Lifetime.FORMAT));
            } else if (lifetime.compareTo(limits.maxExpiresIn()) > 0) {
                out.add(ConfigChecks.invalid(
                        "expiresIn",
                        "expiresIn must be at most " + limits.maxExpiresIn().toDays() + " days"));
            }
        }
        ConfigChecks.claimText("issuer", config.issuer(), out);
        ConfigChecks.claimText("audience", config.audience(), out);
        ConfigChecks.algorithm(config.algorithm(), out);
        ConfigChecks.keyLength(config.secret(), config.algorithm(), context, out);
        return out;
    }

    @Override
    public NodeHandler compile(JwtGenerateConfig config, CompileContext context) {
        Duration lifetime = config.expiresIn() == null
                ? Lifetime.DEFAULT
                : Lifetime.parse(config.expiresIn())
                        .orElseThrow(() -> new IllegalArgumentException(
                                "jwtGenerate node '" + context.nodeId() + "' has an invalid expiresIn"));
        HmacAlgorithm algorithm = HmacAlgorithm.named(config.algorithm())
                .orElseThrow(() -> new IllegalArgumentException(
                        "jwtGenerate node '" + context.nodeId() + "' has an invalid algorithm"));
        return new JwtGenerateHandler(
                config.secret(),
                config.payload(),
                lifetime,
                config.issuer(),
                config.audience(),
                new TokenSigner(algorithm),
                clock);
    }

    private static void validatePayload(JwtGenerateConfig config, ValidationContext context, List<Violation> out) {
        ValueTemplate payload = config.payload();
        if (payload == null || payload.raw() == null) {
            return;
        }
        if (!(payload.raw() instanceof Map<?, ?> claims)) {
            out.add(ConfigChecks.invalid("payload", "payload must be an object of claims"));
            return;
        }
        for (Object key : claims.keySet()) {
            String claim = String.valueOf(key);
            if (TIME_CLAIMS.contains(claim)) {
                out.add(ConfigChecks.invalid(
                        "payload." + claim,
                        "claim '" + claim
                                + "' is set by the node (iat and exp from expiresIn) and cannot be in the payload"));
            } else if (claim.equals("iss") && config.issuer() != null
                    || claim.equals("aud") && config.audience() != null) {
                out.add(ConfigChecks.invalid(
                        "payload." + claim,
                        "claim '" + claim + "' is already set by " + (claim.equals("iss") ? "issuer" : "audience")));
            }
        }
        out.addAll(context.checkTemplate("payload", payload));
    }
}
