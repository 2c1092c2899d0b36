package io.dotportion.nodes.jwt;

import io.dotportion.core.model.Violation;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Verifies an HMAC-signed JWT and outputs its claims; any refused token fails with {@code UNAUTHORIZED}. Only
 * the configured algorithm is accepted, {@code exp} is required, and {@code exp}/{@code nbf} allow
 * {@code leeway} seconds of skew (30 by default). See {@link TokenVerifier} and {@link KeyVersions}.
 */
public final class JwtVerifyNode implements NodeType<JwtVerifyConfig> {
    public static final String ID = "jwtVerify";
    static final long DEFAULT_LEEWAY_SECONDS = 30;

    private final JwtLimits limits;
    private final Clock clock;

    /** A node with the default limits, reading the system clock. */
    public JwtVerifyNode() {
        this(JwtLimits.defaults(), Clock.systemUTC());
    }

    public JwtVerifyNode(JwtLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<JwtVerifyConfig> configType() {
        return JwtVerifyConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return JwtDescriptors.VERIFY;
    }

    @Override
    public Set<String> ports() {
        return Ports.SINGLE_OR_ERROR;
    }

    @Override
    public List<Violation> validate(JwtVerifyConfig config, ValidationContext context) {
        List<Violation> out = new ArrayList<>();
        ConfigChecks.secret(config.secret(), context, out);
        if (config.token() != null) {
            out.addAll(context.checkTemplate("token", config.token()));
        }
        ConfigChecks.claimText("issuer", config.issuer(), out);
        ConfigChecks.claimText("audience", config.audience(), out);
        BigDecimal leeway = config.leeway();
        long max = limits.maxLeeway().toSeconds();
        if (leeway != null
                && (leeway.stripTrailingZeros().scale() > 0
                        || leeway.signum() < 0
                        || leeway.compareTo(BigDecimal.valueOf(max)) > 0)) {
            out.add(ConfigChecks.invalid("leeway", "leeway must be a whole number of seconds from 0 to " + max));
        }
        ConfigChecks.algorithm(config.algorithm(), out);
        ConfigChecks.keyLength(config.secret(), config.algorithm(), context, out);
        return out;
    }

    @Override
    public NodeHandler compile(JwtVerifyConfig config, CompileContext context) {
        HmacAlgorithm algorithm = HmacAlgorithm.named(config.algorithm())
                .orElseThrow(() -> new IllegalArgumentException(
                        "jwtVerify node '" + context.nodeId() + "' has an invalid algorithm"));
        long leeway = config.leeway() == null
                ? DEFAULT_LEEWAY_SECONDS
                : config.leeway().longValueExact();
        return new JwtVerifyHandler(
                new TokenSource(config.token()),
                new TokenVerifier(config.secret(), algorithm, limits.maxTokenLength()),
                new ClaimChecks(config.issuer(), config.audience(), leeway, limits.maxExpiresIn(), clock));
    }
}
