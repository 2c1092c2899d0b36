package io.dotportion.server.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.value.Json;
import io.dotportion.secrets.vault.Environments;
import io.dotportion.secrets.vault.SecretInput;
import io.dotportion.secrets.vault.SecretScope;
import io.dotportion.secrets.vault.SecretWriteOptions;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.BoundedBody;
import io.helidon.webserver.http.ServerRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the body of a secret write: {@code {type, value}} or {@code {type: "jwt", generate: true}}, with
 * optional {@code environment} (default {@code live}), {@code stage}, {@code graceSeconds} and
 * {@code testUsesLive}; without a value, a body that sets {@code graceSeconds} or {@code testUsesLive} changes
 * only those settings; {@code metadata} (an object of strings: an {@code apiKey}'s {@code in} and
 * {@code name}) may be given with a value or alone. Also the optional {@code {environment}} of a promote or discard. Every failure message
 * is fixed text: a body that holds a value is never quoted back, not even in a parse error.
 */
public final class SecretBodies {
    private final long maxBytes;

    public SecretBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** One write; {@link #toString()} never shows the value. */
    public record Put(
            String type,
            String value,
            boolean generate,
            Integer graceSeconds,
            String environment,
            boolean stage,
            Boolean testUsesLive,
            Map<String, String> metadata) {
        @Override
        public String toString() {
            return "Put[type=" + type + ", generate=" + generate + ", graceSeconds=" + graceSeconds + ", environment="
                    + environment + ", stage=" + stage + ", metadata=" + metadata + "]";
        }

        /** What to seal: the value, a generated one, or nothing (a settings-only write). */
        SecretInput input() {
            if (generate) {
                return SecretInput.generate();
            }
            boolean settingsOnly =
                    value == null && !stage && (graceSeconds != null || testUsesLive != null || metadata != null);
            return settingsOnly ? null : SecretInput.of(value);
        }

        SecretWriteOptions options() {
            return new SecretWriteOptions(environment, stage, graceSeconds, testUsesLive, metadata);
        }
    }

    Put read(ServerRequest req) {
        JsonNode body = object(BoundedBody.read(req, maxBytes), "{type, value}");
        String type = text(body, "type");
        JsonNode value = body.get("value");
        boolean generate = flag(body, "generate");
        if (value != null && !value.isNull() && !value.isTextual()) {
            throw ApiException.invalid("value must be a string");
        }
        if (generate && value != null && !value.isNull()) {
            throw ApiException.invalid("give either value or generate: true, not both");
        }
        JsonNode testUsesLive = body.get("testUsesLive");
        return new Put(
                type,
                value == null || value.isNull() ? null : value.textValue(),
                generate,
                grace(body),
                text(body, "environment"),
                flag(body, "stage"),
                testUsesLive == null || testUsesLive.isNull() ? null : flag(body, "testUsesLive"),
                metadata(body));
    }

    private static Map<String, String> metadata(JsonNode body) {
        JsonNode node = body.get("metadata");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw ApiException.invalid(
                    "metadata must be an object of strings, like {\"in\": \"header\", \"name\": \"X-Api-Key\"}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isTextual()) {
                throw ApiException.invalid("metadata." + field.getKey() + " must be a string");
            }
            out.put(field.getKey(), field.getValue().textValue());
        }
        return out;
    }

    /** The environment of a promote or discard: {@code {"environment": "test"}}, or live for an empty body. */
    String environment(ServerRequest req) {
        byte[] bytes = BoundedBody.read(req, maxBytes);
        if (bytes.length == 0) {
            return SecretRecord.LIVE;
        }
        String environment = text(object(bytes, "{environment}"), "environment");
        return environment == null ? SecretRecord.LIVE : environment;
    }

    /**
     * Which value a secret test tries: {@code {"environment": "test", "secretVersion": "staged"}}, every field
     * optional (the live, current value for an empty body).
     */
    SecretScope testScope(ServerRequest req) {
        byte[] bytes = BoundedBody.read(req, maxBytes);
        if (bytes.length == 0) {
            return SecretScope.LIVE;
        }
        JsonNode body = object(bytes, "{environment?, secretVersion?}");
        String environment = text(body, "environment");
        String version = text(body, "secretVersion");
        if (version != null && !version.equals("staged") && !version.equals("current")) {
            throw ApiException.invalid("secretVersion must be \"current\" or \"staged\"");
        }
        if (environment != null && !Environments.validName(environment)) {
            throw new ApiException(ApiError.INVALID_ENVIRONMENT, "not an environment name");
        }
        return new SecretScope(environment == null ? SecretRecord.LIVE : environment, "staged".equals(version));
    }

    private static JsonNode object(byte[] bytes, String shape) {
        JsonNode body;
        try {
            body = Json.mapper().valueToTree(Json.parseInput(bytes));
        } catch (RuntimeException e) {
            throw new ApiException(ApiError.INVALID_JSON, "the body is not valid JSON");
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(ApiError.INVALID_JSON, "the body must be a JSON object " + shape);
        }
        return body;
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.invalid(field + " must be a string");
        }
        return node.textValue();
    }

    private static boolean flag(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw ApiException.invalid(field + " must be true or false");
        }
        return node.booleanValue();
    }

    private static Integer grace(JsonNode body) {
        JsonNode node = body.get("graceSeconds");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw ApiException.invalid("graceSeconds must be a whole number of seconds");
        }
        return node.intValue();
    }
}
