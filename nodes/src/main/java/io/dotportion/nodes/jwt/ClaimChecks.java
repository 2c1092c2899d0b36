package io.dotportion.nodes.jwt;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Checks the registered claims of a verified token: {@code exp} is required and {@code nbf} optional, both
 * NumericDates (seconds, possibly fractional) compared with {@code leeway} of clock skew; {@code iss} and
 * {@code aud} only when configured.
 */
final class ClaimChecks {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final String issuer;
    private final String audience;
    private final BigDecimal leewayMillis;
    private final Clock clock;

    /** {@code issuer} and {@code audience} may be null (not checked). */
    ClaimChecks(String issuer, String audience, long leewaySeconds, Clock clock) {
        this.issuer = issuer;
        this.audience = audience;
        this.leewayMillis = BigDecimal.valueOf(leewaySeconds).multiply(THOUSAND);
        this.clock = clock;
    }

    void check(Map<?, ?> claims) throws TokenRejected {
        BigDecimal now = BigDecimal.valueOf(clock.millis());
        Object exp = claims.get("exp");
        if (exp == null) {
            throw new TokenRejected("token has no expiry (exp)");
        }
        if (now.compareTo(millis(exp, "exp").add(leewayMillis)) >= 0) {
            throw new TokenRejected("token has expired");
        }
        Object nbf = claims.get("nbf");
        if (nbf != null && now.add(leewayMillis).compareTo(millis(nbf, "nbf")) < 0) {
            throw new TokenRejected("token is not valid yet");
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
        return new BigDecimal(number.toString()).multiply(THOUSAND);
    }
}
