package io.dotportion.nodes.http;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A secret as a call sends it: a header ({@code Authorization: Bearer ...}, {@code Authorization: Basic ...} or an
 * apiKey's header) or a query parameter (an apiKey's). Prints as {@link #MASK}; {@link #value()} is used only
 * where the request is built. The trace shows {@link #MASK} in its place.
 */
final class Credential {
    /** What the trace shows instead of the value. */
    static final String MASK = "[redacted:secret]";

    enum Place {
        HEADER,
        QUERY
    }

    private final Place place;
    private final String name;
    private final String value;

    private Credential(Place place, String name, String value) {
        this.place = place;
        this.name = name;
        this.value = value;
    }

    /** The credential a resolved apiKey, bearer or basic secret makes. */
    static Credential of(Secret secret) {
        String type = secret.type() == null ? "" : secret.type();
        return switch (type) {
            case "bearer" -> new Credential(Place.HEADER, "Authorization", "Bearer " + secret.reveal());
            case "basic" ->
                new Credential(
                        Place.HEADER,
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(secret.reveal().getBytes(StandardCharsets.UTF_8)));
            case "apiKey" -> apiKey(secret);
            default ->
                throw new NodeFailure(
                        ErrorCode.EXECUTION_FAILED,
                        "secret '" + secret.name() + "' is not an apiKey, bearer or basic secret");
        };
    }

    private static Credential apiKey(Secret secret) {
        String in = secret.metadata().get("in");
        String name = secret.metadata().get("name");
        if (name == null || name.isEmpty() || !("header".equals(in) || "query".equals(in))) {
            throw new NodeFailure(
                    ErrorCode.EXECUTION_FAILED,
                    "apiKey secret '" + secret.name() + "' does not say where the key goes (metadata in and name)");
        }
        return new Credential("header".equals(in) ? Place.HEADER : Place.QUERY, name, secret.reveal());
    }

    Place place() {
        return place;
    }

    /** The header or query parameter name. */
    String name() {
        return name;
    }

    /** The value to send. */
    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "Credential[" + place + " " + name + "=" + MASK + "]";
    }
}
