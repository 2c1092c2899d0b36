package io.dotportion.nodes.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.secret.Secret;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The connection test of a {@code mongodb} secret: a one-off client (never pooled, closed at once) that logs
 * in and sends {@code ping}, through the egress policy like every tenant connection, with {@code timeout} for
 * finding the server, for connecting and for each read. The answer is one of fixed reasons, never the driver's
 * text, a host, a port or the value.
 */
public final class MongoProbe {
    /** What a ping found. */
    public enum Outcome {
        OK(null),
        AUTHENTICATION_FAILED("authentication failed"),
        UNREACHABLE("unreachable"),
        REFUSED_BY_EGRESS("refused by egress policy"),
        TIMED_OUT("timed out"),
        INVALID_URL("invalid URL");

        private final String reason;

        Outcome(String reason) {
            this.reason = reason;
        }

        /** The safe reason, empty for {@link #OK}. */
        public Optional<String> reason() {
            return Optional.ofNullable(reason);
        }
    }

    /** Unauthorized, AuthenticationFailed: the server refused the credentials or what they may do. */
    private static final int UNAUTHORIZED = 13;

    private static final int AUTHENTICATION_FAILED = 18;

    private final EgressPolicy egress;
    private final Duration timeout;

    public MongoProbe(EgressPolicy egress, Duration timeout) {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        this.egress = egress;
        this.timeout = timeout;
    }

    public Outcome ping(Secret secret) {
        ConnectionString url;
        try {
            url = new ConnectionString(secret.reveal());
        } catch (RuntimeException e) {
            return Outcome.INVALID_URL;
        }
        Optional<String> problem = TenantUrl.problem(url, egress);
        if (problem.isPresent()) {
            return problem.get().equals(EgressDecision.REFUSED_MESSAGE)
                    ? Outcome.REFUSED_BY_EGRESS
                    : Outcome.INVALID_URL;
        }
        EgressResolver resolver = new EgressResolver(egress, TenantUrl.declaredPorts(url));
        try (MongoClient client = MongoClients.create(settings(url, resolver))) {
            String database = url.getDatabase() != null ? url.getDatabase() : "admin";
            client.getDatabase(database).runCommand(new Document("ping", 1));
            return Outcome.OK;
        } catch (RuntimeException e) {
            return outcome(e, resolver.refusedOnce());
        }
    }

    /** The outcome of a driver failure; {@code egressRefused} when the policy refused a connection of the client. */
    static Outcome outcome(RuntimeException error, boolean egressRefused) {
        if (egressRefused) {
            return Outcome.REFUSED_BY_EGRESS;
        }
        return switch (error) {
            case MongoSecurityException e -> Outcome.AUTHENTICATION_FAILED;
            case MongoCommandException e
            when e.getErrorCode() == UNAUTHORIZED || e.getErrorCode() == AUTHENTICATION_FAILED ->
                Outcome.AUTHENTICATION_FAILED;
            case MongoSocketReadTimeoutException e -> Outcome.TIMED_OUT;
            case MongoTimeoutException e -> hasSecurityCause(e) ? Outcome.AUTHENTICATION_FAILED : Outcome.UNREACHABLE;
            case IllegalArgumentException e -> Outcome.INVALID_URL;
            default -> Outcome.UNREACHABLE;
        };
    }

    private static boolean hasSecurityCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MongoSecurityException) {
                return true;
            }
        }
        return false;
    }

    private MongoClientSettings settings(ConnectionString url, EgressResolver resolver) {
        long ms = timeout.toMillis();
        return MongoClientSettings.builder()
                .applyConnectionString(url)
                .inetAddressResolver(resolver)
                .applicationName("dotportion-secret-test")
                .applyToClusterSettings(b -> b.serverSelectionTimeout(ms, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(b ->
                        b.connectTimeout((int) ms, TimeUnit.MILLISECONDS).readTimeout((int) ms, TimeUnit.MILLISECONDS))
                .applyToConnectionPoolSettings(b -> b.minSize(0).maxSize(1).maxWaitTime(ms, TimeUnit.MILLISECONDS))
                .build();
    }
}
