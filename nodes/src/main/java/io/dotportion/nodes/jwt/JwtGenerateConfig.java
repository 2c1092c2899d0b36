package io.dotportion.nodes.jwt;

import io.dotportion.core.template.ValueTemplate;

/**
 * The data of a jwtGenerate node.
 *
 * @param secret    name of the project's {@code jwt} secret that signs the token (required)
 * @param payload   an object of claims; values may be templates and keep their JSON types; absent means no
 *                  claims besides the ones the node sets ({@code iat}, {@code exp}, {@code iss}, {@code aud})
 * @param expiresIn the token lifetime: {@code 30s}, {@code 10m}, {@code 1h}, {@code 7d} or a number of seconds;
 *                  1 hour when absent
 * @param issuer    the {@code iss} claim, plain text (no templates)
 * @param audience  the {@code aud} claim, plain text (no templates)
 * @param algorithm HS256 (default), HS384 or HS512
 */
public record JwtGenerateConfig(
        String secret, ValueTemplate payload, Object expiresIn, String issuer, String audience, String algorithm) {}
