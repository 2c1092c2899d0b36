package io.dotportion.secrets.vault;

import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.egress.EgressPolicy;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules a secret write must satisfy: name, type, grace window and value; messages never echo a value. */
final class ValueRules {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{1,64}");

    private final VaultSettings settings;
    private final SecureRandom random;
    private final MongoUrlCheck mongoUrls;

    ValueRules(VaultSettings settings, SecureRandom random, EgressPolicy egress) {
        this.settings = settings;
        this.random = random;
        this.mongoUrls = new MongoUrlCheck(egress);
    }

    static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    void checkName(String name) {
        if (!validName(name)) {
            throw new SecretInputException(
                    SecretInputException.Code.INVALID_SECRET_NAME,
                    "a secret name is 1 to 64 characters of a-z, 0-9, '_' and '-'");
        }
    }

    SecretType type(String type) {
        return SecretType.byId(type)
                .orElseThrow(() -> new SecretInputException(
                        SecretInputException.Code.INVALID_SECRET_TYPE,
                        "secret type must be one of " + SecretType.ids()));
    }

    void checkGrace(String name, Integer graceSeconds) {
        if (graceSeconds != null && (graceSeconds < 0 || graceSeconds > settings.maxGraceSeconds())) {
            throw new SecretInputException(
                    SecretInputException.Code.INVALID_GRACE_SECONDS,
                    "secret '" + name + "': graceSeconds must be between 0 and " + settings.maxGraceSeconds());
        }
    }

    /** The plaintext bytes to seal: the given value checked for its type, or a generated one. */
    byte[] plaintext(String name, SecretType type, SecretInput input) {
        return switch (input) {
            case SecretInput.Generated generated -> generate(name, type);
            case SecretInput.Given given -> checked(name, type, given.reveal());
        };
    }

    private byte[] generate(String name, SecretType type) {
        if (type != SecretType.JWT) {
            throw invalid(name, "only jwt secrets can be generated");
        }
        byte[] key = new byte[settings.generatedJwtBytes()];
        random.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] checked(String name, SecretType type, String value) {
        if (value == null || value.isEmpty()) {
            throw invalid(name, "a value is required (or, for jwt, \"generate\": true)");
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > settings.maxValueBytes()) {
            throw invalid(name, "the value is longer than " + settings.maxValueBytes() + " bytes");
        }
        switch (type) {
            case JWT -> {
                if (bytes.length < settings.minJwtBytes()) {
                    throw invalid(
                            name,
                            "a jwt secret needs at least " + settings.minJwtBytes() + " bytes; this value has "
                                    + bytes.length + " (or use \"generate\": true)");
                }
            }
            case API_KEY, BEARER, BASIC ->
                CredentialRules.valueProblem(type, value).ifPresent(problem -> {
                    throw invalid(name, problem);
                });
            case MONGODB ->
                mongoUrls.problem(value).ifPresent(problem -> {
                    throw invalid(
                            name,
                            problem.equals(EgressDecision.REFUSED_MESSAGE)
                                    ? problem
                                    : "the value is not a usable MongoDB URL: " + problem);
                });
        }
        return bytes;
    }

    SecretInputException valueRequired(String name) {
        return invalid(name, "a value is required (or, for jwt, \"generate\": true)");
    }

    /** The metadata to keep: {@code given} checked for the type ({@code null} keeps {@code current}). */
    Map<String, String> metadata(String name, SecretType type, Map<String, String> given, Map<String, String> current) {
        Map<String, String> metadata = given != null ? given : current == null ? Map.of() : current;
        CredentialRules.metadataProblem(type, metadata).ifPresent(problem -> {
            throw new SecretInputException(
                    SecretInputException.Code.INVALID_SECRET_METADATA, "secret '" + name + "': " + problem);
        });
        return Map.copyOf(metadata);
    }

    private static SecretInputException invalid(String name, String message) {
        return new SecretInputException(
                SecretInputException.Code.INVALID_SECRET_VALUE, "secret '" + name + "': " + message);
    }
}
