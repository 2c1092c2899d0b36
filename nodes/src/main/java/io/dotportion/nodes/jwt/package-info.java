/**
 * The {@code jwtGenerate} and {@code jwtVerify} nodes: HMAC-signed JWTs (HS256, HS384, HS512) with a project
 * {@code jwt} secret, built on nimbus-jose-jwt.
 *
 * <ul>
 *   <li>Key: the UTF-8 bytes of the secret's value, revealed only in {@link io.dotportion.nodes.jwt.HmacKey} for
 *       one signature or one check. HS384 needs a value of at least 48 bytes and HS512 64; a shorter one fails
 *       the node with {@code EXECUTION_FAILED} naming the secret, never its value.</li>
 *   <li>Generate: header {@code {"alg", "typ": "JWT", "kid": "<secret version>"}}; claims are the payload (values
 *       keep their JSON types; a null stays null), then {@code iss}/{@code aud} when configured, then {@code iat}
 *       and {@code exp} in epoch seconds. {@code expiresIn} is {@code 30s}/{@code 10m}/{@code 1h}/{@code 7d} or
 *       a number of seconds, 1 hour when absent, at most {@link io.dotportion.nodes.jwt.JwtLimits#maxExpiresIn()}.
 *       The payload may not name {@code iat}, {@code exp} or {@code nbf}, nor {@code iss}/{@code aud} when
 *       {@code issuer}/{@code audience} are configured (refused at save time). {@code issuer} and {@code audience}
 *       are plain text, not templates. Output {@code {"token": "..."}}, without a "Bearer " prefix.</li>
 *   <li>Verify: the token comes from {@code token} (a template) or the {@code Authorization} header; a
 *       {@code Bearer } prefix is matched in any case. Only the configured algorithm is accepted, checked on the
 *       header before any key is read ({@code none}, other HMACs and asymmetric algorithms are refused); tokens
 *       with {@code crit} header parameters are refused. The {@code kid} names the secret version: none or the
 *       current version uses the current value, an older one is used only while the secret's grace window keeps
 *       it available. {@code exp} is required; {@code exp} and {@code nbf} allow {@code leeway} seconds (30 by
 *       default, 0..3600); {@code iss}/{@code aud} are checked when configured ({@code aud} may be an array).
 *       Every refusal is {@code UNAUTHORIZED} (401) with a fixed reason that quotes neither token nor key.
 *       Output: the claims, whole numbers as Longs, objects and arrays kept.</li>
 * </ul>
 */
package io.dotportion.nodes.jwt;
