package io.dotportion.nodes.jwt;

import io.dotportion.core.value.Json;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A compact JWS read in its one canonical form: three parts of unpadded base64url (RFC 7515 §2; no {@code =},
 * no {@code +} or {@code /}, no whitespace, no set bits after the last encoded byte), a header and a payload
 * that are each one JSON object with no key twice, in strict UTF-8. Any other spelling of a token is refused,
 * so one token has exactly one meaning and one signature.
 */
record CompactToken(Map<?, ?> header, Map<?, ?> claims) {
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    static CompactToken parse(String token) throws TokenRejected {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new TokenRejected("token is malformed");
        }
        byte[] header = canonical(parts[0]);
        byte[] payload = canonical(parts[1]);
        if (!parts[2].isEmpty()) {
            canonical(parts[2]); // an empty one (alg none) is refused by the header check, then by the MAC
        }
        return new CompactToken(
                object(header, "token is malformed"), object(payload, "token claims are not a JSON object"));
    }

    /** The bytes of one part, when {@code part} is exactly how unpadded base64url writes them. */
    private static byte[] canonical(String part) throws TokenRejected {
        if (!BASE64URL.matcher(part).matches() || part.length() % 4 == 1) {
            throw new TokenRejected("token is malformed");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new TokenRejected("token is malformed");
        }
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(part)) {
            throw new TokenRejected("token is not in canonical base64url");
        }
        return bytes;
    }

    private static Map<?, ?> object(byte[] json, String reason) throws TokenRejected {
        try {
            if (Json.parseInput(json) instanceof Map<?, ?> map) {
                return map;
            }
        } catch (IllegalArgumentException e) {
            // reported below without the parser's message: it may quote the token
        }
        throw new TokenRejected(reason);
    }
}
