package io.dotportion.nodes.jwt;

import io.dotportion.core.node.NodeContext;
import io.dotportion.core.template.ValueTemplate;

/**
 * Where jwtVerify reads its token: a configured template, or the request's {@code Authorization: Bearer}
 * header. A {@code Bearer } prefix is matched ignoring case and removed in both cases.
 */
final class TokenSource {
    private static final String HEADER = "authorization";
    private static final String SCHEME = "bearer";

    private final ValueTemplate template;

    /** {@code template} null means the Authorization header. */
    TokenSource(ValueTemplate template) {
        this.template = template;
    }

    String read(NodeContext context) throws TokenRejected {
        if (template == null) {
            String header = context.request().headers().get(HEADER);
            if (header == null || header.isBlank()) {
                throw new TokenRejected("missing bearer token");
            }
            if (!hasScheme(header.strip())) {
                throw new TokenRejected("authorization header must use the Bearer scheme");
            }
            return nonEmpty(header.strip().substring(SCHEME.length()).strip());
        }
        if (!(context.evaluate(template) instanceof String text)) {
            throw new TokenRejected("missing token");
        }
        String token = text.strip();
        return nonEmpty(hasScheme(token) ? token.substring(SCHEME.length()).strip() : token);
    }

    /** True for {@code Bearer} followed by whitespace, in any case. */
    private static boolean hasScheme(String value) {
        return value.length() > SCHEME.length()
                && value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && Character.isWhitespace(value.charAt(SCHEME.length()));
    }

    private static String nonEmpty(String token) throws TokenRejected {
        if (token.isEmpty()) {
            throw new TokenRejected("missing token");
        }
        return token;
    }
}
