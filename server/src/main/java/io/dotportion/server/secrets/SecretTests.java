package io.dotportion.server.secrets;

import io.dotportion.core.secret.Secret;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.nodes.jwt.JwtKeyProbe;
import io.dotportion.nodes.mongo.MongoProbe;
import io.dotportion.secrets.vault.SecretType;
import io.dotportion.secrets.vault.SecretUnavailableException;
import java.util.Optional;

/**
 * Tests one secret's live value: a {@code mongodb} secret logs in and pings its server (through the egress
 * policy, within the limits' timeout), a {@code jwt} secret signs and verifies a token. The answer is ok or one
 * fixed reason; never the value, the server's text, a host or a port.
 */
final class SecretTests {
    /** The answer of {@code POST .../secrets/{name}/test}. */
    record Result(boolean ok, String reason) {
        static Result of(Optional<String> problem) {
            return new Result(problem.isEmpty(), problem.orElse(null));
        }
    }

    static final String UNREADABLE = "the value cannot be read";
    static final String NOT_TESTABLE = "this type of secret has no test";
    static final String NO_VALUE = "no value in this environment";

    private final MongoProbe mongo;

    SecretTests(MongoProbe mongo) {
        this.mongo = mongo;
    }

    Result test(SecretResolver resolver, String name, String type) {
        Optional<Secret> secret;
        try {
            secret = resolver.resolve(name, type);
        } catch (SecretUnavailableException e) {
            return Result.of(Optional.of(
                    e.code() == SecretUnavailableException.Code.SECRET_VALUE_MISSING ? NO_VALUE : UNREADABLE));
        }
        if (secret.isEmpty()) {
            return Result.of(Optional.of(UNREADABLE));
        }
        if (SecretType.MONGODB.id().equals(type)) {
            return Result.of(mongo.ping(secret.get()).reason());
        }
        if (SecretType.JWT.id().equals(type)) {
            return Result.of(JwtKeyProbe.problem(secret.get()));
        }
        return Result.of(Optional.of(NOT_TESTABLE));
    }
}
