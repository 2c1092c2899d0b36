package io.dotportion.nodes.jwt;

import io.dotportion.core.template.ValueTemplate;
import java.math.BigDecimal;

/**
 * The data of a jwtVerify node.
 *
 * @param secret    name of the project's {@code jwt} secret the token must be signed with (required)
 * @param token     a template resolving to the token; when absent, the bearer token of the request's
 *                  {@code Authorization} header. A {@code Bearer } prefix (any case) is removed either way.
 * @param issuer    when set, the {@code iss} claim must equal it (plain text)
 * @param audience  when set, the {@code aud} claim must equal it or, as an array, contain it (plain text)
 * @param leeway    seconds of clock skew allowed on {@code exp} and {@code nbf}; whole, 0..3600, default 30
 * @param algorithm the only algorithm accepted: HS256 (default), HS384 or HS512
 */
public record JwtVerifyConfig(
        String secret, ValueTemplate token, String issuer, String audience, BigDecimal leeway, String algorithm) {}
