package io.dotportion.secrets.vault;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the credential types an {@code http} node sends ({@code apiKey}, {@code bearer}, {@code basic}):
 * each value must fit where it goes (a header value or a query parameter), and an {@code apiKey}'s metadata
 * says where. Every reason names the rule, never a part of the value.
 */
final class CredentialRules {
    static final String IN = "in";
    static final String NAME = "name";

    /** An RFC 9110 token: what a header name may be. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}");
    /** A query parameter name: printable ASCII without space, {@code &}, {@code =} or {@code #}. */
    private static final Pattern QUERY_NAME = Pattern.compile("[!-~&&[^&=#]]{1,64}");
    /** Visible ASCII without spaces: a header-safe token. */
    private static final Pattern VISIBLE = Pattern.compile("[!-~]+");
    /** Headers the platform sets itself or that change the connection: never a key's header. */
    private static final Set<String> RESERVED = Set.of(
            "host",
            "connection",
            "keep-alive",
            "proxy-connection",
            "transfer-encoding",
            "te",
            "trailer",
            "upgrade",
            "content-length",
            "content-type",
            "expect",
            "cookie");

    private CredentialRules() {}

    /** Why {@code value} is not a usable value of {@code type}, or empty. */
    static Optional<String> valueProblem(SecretType type, String value) {
        return switch (type) {
            case API_KEY ->
                VISIBLE.matcher(value).matches()
                        ? Optional.empty()
                        : Optional.of("an apiKey value is printable ASCII without spaces or control characters");
            case BEARER ->
                VISIBLE.matcher(value).matches()
                        ? Optional.empty()
                        : Optional.of("a bearer token is printable ASCII without spaces or control characters "
                                + "(give the token alone, without 'Bearer ')");
            case BASIC -> basicProblem(value);
            case JWT, MONGODB -> Optional.empty();
        };
    }

    private static Optional<String> basicProblem(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            return Optional.of("a basic value is user:password (a colon separates them)");
        }
        if (colon == 0) {
            return Optional.of("a basic value needs a user before the colon");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("a basic value has no control characters");
        }
        return Optional.empty();
    }

    /** Why {@code metadata} is not right for {@code type}, or empty. */
    static Optional<String> metadataProblem(SecretType type, Map<String, String> metadata) {
        if (type != SecretType.API_KEY) {
            return metadata.isEmpty() ? Optional.empty() : Optional.of("only apiKey secrets have metadata (in, name)");
        }
        if (!Set.of(IN, NAME).containsAll(metadata.keySet())) {
            return Optional.of("apiKey metadata has exactly two fields: in (header or query) and name");
        }
        String in = metadata.get(IN);
        String name = metadata.get(NAME);
        if (!"header".equals(in) && !"query".equals(in)) {
            return Optional.of("apiKey metadata needs in: header or in: query");
        }
        if (name == null || name.isEmpty()) {
            return Optional.of(
                    "apiKey metadata needs the name of the " + ("header".equals(in) ? "header" : "query parameter"));
        }
        if ("header".equals(in)) {
            if (!TOKEN.matcher(name).matches()) {
                return Optional.of("a header name is 1 to 64 characters of letters, digits and !#$%&'*+.^_`|~-");
            }
            if (RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of("the header '" + name + "' cannot carry a key");
            }
        } else if (!QUERY_NAME.matcher(name).matches()) {
            return Optional.of("a query parameter name is 1 to 64 printable characters without spaces, & = or #");
        }
        return Optional.empty();
    }
}
