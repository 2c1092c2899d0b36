package io.dotportion.nodes.jwt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Checks the registered claims of a verified token: {@code exp} is required, {@code nbf} and {@code iat}
 * optional, all NumericDates (seconds, possibly fractional, finite, from 0 to the year 9999) compared with
 * {@code leeway} of clock skew. An {@code exp} further ahead than the longest lifetime jwtGenerate may give
 * ({@code maxLifetime}) is refused, and so is an {@code iat} in the future. {@code iss} and {@code aud} only
 * when configured.
 */
final class ClaimChecks {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** 9999-12-31T23:59:59Z, the last second an ISO date can name. */
    private static final BigDecimal LAST_SECOND = BigDecimal.valueOf(253_402_300_799L);

    private final String issuer;
    private final String audience;
    private final BigDecimal leewayMillis;
    private final BigDecimal maxLifetimeMillis;
    private final Clock clock;

    /** {@code issuer} and {@code audience} may be null (not checked). */
    ClaimChecks(String issuer, String audience, long leewaySeconds, Duration maxLifetime, Clock clock) {
        this.issuer = issuer;
        this.audience = audience;
        this.leewayMillis = BigDecimal.valueOf(leewaySeconds).multiply(THOUSAND);
        this.maxLifetimeMillis = BigDecimal.valueOf(maxLifetime.toMillis());
        this.clock = clock;
    }

    void check(Map<?, ?> claims) throws TokenRejected {
        BigDecimal now = BigDecimal.valueOf(clock.millis());
        Object exp = claims.get("exp");
        if (exp == null) {
            throw new TokenRejected("token has no expiry (exp)");
        }
        BigDecimal expires = millis(exp, "exp");
        if (now.compareTo(expires.add(leewayMillis)) >= 0) {
            throw new TokenRejected("token has expired");
        }
        if (expires.compareTo(now.add(maxLifetimeMillis).add(leewayMillis)) > 0) {
            throw new TokenRejected("token expiry (exp) is further ahead than the longest accepted lifetime");
        }
        Object nbf = claims.get("nbf");
        if (nbf != null && now.add(leewayMillis).compareTo(millis(nbf, "nbf")) < 0) {
            throw new TokenRejected("token is not valid yet");
        }
        Object iat = claims.get("iat");
        if (iat != null && now.add(leewayMillis).compareTo(millis(iat, "iat")) < 0) {
            throw new TokenRejected("token was issued in the future (iat)");
        }
        if (issuer != null && !issuer.equals(claims.get("iss"))) {
            throw new TokenRejected("token issuer is not accepted");
        }
        if (audience != null && !audienceMatches(claims.get("aud"))) {
            throw new TokenRejected("token audience is not accepted");
        }
    }

    private boolean audienceMatches(Object aud) {
        return aud instanceof String s ? s.equals(audience) : aud instanceof List<?> list && list.contains(audience);
    }

    private static BigDecimal millis(Object value, String claim) throws TokenRejected {
        if (!(value instanceof Number number)) {
            throw new TokenRejected("token claim " + claim + " is not a number of seconds");
        }
        if (number instanceof Double d && !Double.isFinite(d) || number instanceof Float f && !Float.isFinite(f)) {
            throw new TokenRejected("token claim " + claim + " is out of range");
        }
        BigDecimal seconds = new BigDecimal(number.toString());
        if (seconds.signum() < 0 || seconds.compareTo(LAST_SECOND) > 0) {
            throw new TokenRejected("token claim " + claim + " is out of range");
        }
        return seconds.multiply(THOUSAND);
    }
}
