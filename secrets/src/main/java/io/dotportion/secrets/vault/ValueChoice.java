package io.dotportion.secrets.vault;

import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.SecretRecord.Sealed;
import io.dotportion.core.port.SecretRecord.Slot;
import java.util.Optional;

/**
 * Picks the value a run of a scope uses. A staged run takes the staged version of its environment, else the
 * staged live version; then (every run) the current value of its environment; a test run with no test value
 * falls back to the live value only when the secret allows it ({@code testUsesLive}).
 */
record ValueChoice(String environment, Sealed value, boolean staged, boolean fallback) {

    static Optional<ValueChoice> pick(SecretRecord record, SecretScope scope) {
        String environment = scope.environment();
        if (scope.staged()) {
            Optional<ValueChoice> staged = staged(record, environment)
                    .or(() -> environment.equals(SecretRecord.LIVE)
                            ? Optional.empty()
                            : staged(record, SecretRecord.LIVE));
            if (staged.isPresent()) {
                return staged;
            }
        }
        Optional<Sealed> current = record.slot(environment).map(Slot::current);
        if (current.isPresent()) {
            return Optional.of(new ValueChoice(environment, current.get(), false, false));
        }
        if (environment.equals(SecretRecord.TEST) && record.testUsesLive()) {
            return record.slot(SecretRecord.LIVE)
                    .map(Slot::current)
                    .map(live -> new ValueChoice(SecretRecord.LIVE, live, false, true));
        }
        return Optional.empty();
    }

    private static Optional<ValueChoice> staged(SecretRecord record, String environment) {
        return record.slot(environment)
                .map(Slot::staged)
                .map(staged -> new ValueChoice(environment, staged, true, false));
    }

    /** Why a run of {@code scope} finds no value of the secret. */
    static String missing(String name, SecretScope scope) {
        if (scope.environment().equals(SecretRecord.TEST)) {
            return "secret '" + name + "' has no test value, and test runs may not use its live value: set a "
                    + "test value, or allow it with testUsesLive";
        }
        return "secret '" + name + "' has no value for the environment '" + scope.environment() + "'";
    }
}
