package io.dotportion.nodes.jwt;

import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeCategory;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodePorts;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.OpenApiHints;
import io.dotportion.core.node.UiHints;
import java.util.List;
import java.util.Map;

/** How the two JWT nodes describe themselves. */
final class JwtDescriptors {
    private static final String SECRET_TYPE = "jwt";
    private static final List<String> ALGORITHMS = List.of("HS256", "HS384", "HS512");

    static final NodeDescriptor GENERATE = NodeDescriptor.builder(JwtGenerateNode.ID, NodeRole.STEP)
            .label("JWT Generate")
            .category(NodeCategory.AUTH)
            .text(
                    "Sign a token with a jwt secret",
                    "Signs a JWT with a project secret and outputs {\"token\": \"...\"}. The payload's claims keep "
                            + "their JSON types; the node sets iat and exp (from expiresIn) and iss/aud from issuer "
                            + "and audience. The token is masked in stored traces.")
            .output(
                    "{\"token\": \"...\"}: the signed JWT without a \"Bearer \" prefix (masked in stored traces); later nodes read {{<id>.result.token}}. When it fails and its error handle is connected, it leaves by error and the next node's input is {code, message}.")
            .ports(NodePorts.singleOrError())
            .config(ConfigSchema.of(JwtGenerateConfig.class)
                    .field("secret", "Secret", "name of the project's jwt secret that signs the token")
                    .field(
                            "payload",
                            "Payload",
                            "an object of claims; values may be templates and keep their JSON "
                                    + "types; iat, exp and nbf are the node's")
                    .with("payload", "type", "object")
                    .field("expiresIn", "Expires in", "the token lifetime: 30s, 10m, 1h, 7d or a number of seconds")
                    .with("expiresIn", "type", List.of("string", "integer"))
                    .with("expiresIn", "default", "1h")
                    .field("issuer", "Issuer", "the iss claim, plain text")
                    .field("audience", "Audience", "the aud claim, plain text")
                    .field("algorithm", "Algorithm", "the HMAC algorithm that signs the token")
                    .with("algorithm", "enum", ALGORITHMS)
                    .with("algorithm", "default", "HS256")
                    .required("secret"))
            .initial("secret", "")
            .initial("payload", Map.of())
            .initial("expiresIn", "1h")
            .initial("algorithm", "HS256")
            .secret("secret", SECRET_TYPE)
            .credentialOutputs(JwtGenerateNode.TOKEN)
            .error(
                    ErrorCode.EXECUTION_FAILED,
                    "the secret is missing, not a jwt secret or too short, or a claim " + "could not be built")
            .ui(new UiHints(
                    "J+",
                    "#059669",
                    List.of("secret", "expiresIn"),
                    Map.of("payload", "json", "secret", "secret"),
                    List.of("secret", "payload", "expiresIn", "issuer", "audience", "algorithm")))
            .build();

    static final NodeDescriptor VERIFY = NodeDescriptor.builder(JwtVerifyNode.ID, NodeRole.STEP)
            .label("JWT Verify")
            .category(NodeCategory.AUTH)
            .text(
                    "Check a bearer token and output its claims",
                    "Verifies an HMAC-signed JWT with a project secret (only the configured algorithm; alg none "
                            + "is refused), checks exp and nbf with leeway, and issuer and audience when set, and "
                            + "outputs the claims. A refused token fails with UNAUTHORIZED (401), which the error "
                            + "handle can answer.")
            .output(
                    "The token's claims as an object (sub, iat, exp and the payload's own claims); later nodes read {{<id>.result.sub}}. A refused token fails with UNAUTHORIZED (401 when no error edge answers it). When it fails and its error handle is connected, it leaves by error and the next node's input is {code, message}.")
            .ports(NodePorts.singleOrError())
            .config(ConfigSchema.of(JwtVerifyConfig.class)
                    .field("secret", "Secret", "name of the project's jwt secret the token must be signed with")
                    .field(
                            "token",
                            "Token",
                            "a template resolving to the token; the request's bearer token "
                                    + "(Authorization header) when absent")
                    .with("token", "type", "string")
                    .field("issuer", "Issuer", "when set, the iss claim must equal it")
                    .field("audience", "Audience", "when set, the aud claim must equal or contain it")
                    .field("leeway", "Leeway", "seconds of clock skew allowed on exp and nbf")
                    .with("leeway", "type", "integer")
                    .with("leeway", "minimum", 0)
                    .with("leeway", "maximum", 3600)
                    .with("leeway", "default", 30)
                    .field("algorithm", "Algorithm", "the only algorithm accepted")
                    .with("algorithm", "enum", ALGORITHMS)
                    .with("algorithm", "default", "HS256")
                    .required("secret"))
            .initial("secret", "")
            .initial("algorithm", "HS256")
            .secret("secret", SECRET_TYPE)
            .error(
                    ErrorCode.UNAUTHORIZED,
                    "the token is missing, malformed, forged, expired, not yet valid or "
                            + "for another issuer or audience")
            .error(ErrorCode.EXECUTION_FAILED, "the secret is missing, not a jwt secret or too short")
            .openApi(OpenApiHints.bearerToken("token"))
            .ui(new UiHints(
                    "J✓",
                    "#16a34a",
                    List.of("secret"),
                    Map.of("secret", "secret", "token", "template"),
                    List.of("secret", "token", "issuer", "audience", "leeway", "algorithm")))
            .build();

    private JwtDescriptors() {}
}
