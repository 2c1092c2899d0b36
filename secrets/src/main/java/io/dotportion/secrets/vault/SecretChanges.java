package io.dotportion.secrets.vault;

import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.SecretRecord.Sealed;
import io.dotportion.core.port.SecretRecord.Slot;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The changes to a stored secret that seal nothing: promote a staged version (the grace window of a JWT
 * secret starts here: the superseded value stays usable for {@code graceSeconds}), discard it, remove one
 * environment's value. Each yields the new record (null: delete the secret, it holds no value any more),
 * the audit action and the version concerned.
 */
final class SecretChanges {

    private SecretChanges() {}

    /** The outcome of a change: the record to store (null to delete it), the audit action and the version. */
    record Changed(SecretRecord record, String action, int version) {}

    @FunctionalInterface
    interface Change {
        Changed apply(SecretRecord old, Instant now);
    }

    static Change promote(String environment, String actor) {
        return (old, now) -> {
            Slot slot = stagedSlot(old, environment);
            Sealed staged = slot.staged();
            Sealed live = new Sealed(staged.version(), staged.ciphertext(), now, actor);
            Slot next = new Slot(live, superseded(slot.current(), old.graceSeconds(), now), null);
            return new Changed(with(old, environment, next, old.lastVersion(), now, actor), "promote", live.version());
        };
    }

    static Change discard(String environment, String actor) {
        return (old, now) -> {
            Slot slot = stagedSlot(old, environment);
            Slot next = new Slot(slot.current(), slot.previous(), null);
            return new Changed(
                    orNothing(with(old, environment, next, old.lastVersion(), now, actor)),
                    "discard",
                    slot.staged().version());
        };
    }

    /** Removes an environment's current value (and its previous one); null record when nothing is left. */
    static Change remove(String environment, String actor) {
        return (old, now) -> {
            Slot slot = old.slot(environment).filter(s -> s.current() != null).orElse(null);
            if (slot == null) {
                return new Changed(old, "none", 0);
            }
            Slot next = new Slot(null, null, slot.staged());
            return new Changed(
                    orNothing(with(old, environment, next, old.lastVersion(), now, actor)),
                    "delete",
                    slot.current().version());
        };
    }

    /** Drops everything of an environment (current, previous, staged); null record when nothing is left. */
    static Change drop(String environment) {
        return (old, now) -> {
            Map<String, Slot> environments = new LinkedHashMap<>(old.environments());
            environments.remove(environment);
            SecretRecord record = new SecretRecord(
                    old.projectId(),
                    old.name(),
                    old.type(),
                    old.revision() + 1,
                    old.lastVersion(),
                    old.graceSeconds(),
                    old.testUsesLive(),
                    old.createdAt(),
                    old.updatedAt(),
                    old.updatedBy(),
                    environments,
                    old.metadata());
            return new Changed(orNothing(record), "delete", 0);
        };
    }

    /** The previous value a replace keeps: the current one, when the secret has a grace window. */
    static SecretRecord.Previous superseded(Sealed current, int graceSeconds, Instant now) {
        return graceSeconds > 0 && current != null
                ? new SecretRecord.Previous(current.version(), current.ciphertext(), now)
                : null;
    }

    static SecretRecord settled(SecretRecord old, int grace, boolean testUsesLive, Instant now, String actor) {
        return new SecretRecord(
                old.projectId(),
                old.name(),
                old.type(),
                old.revision() + 1,
                old.lastVersion(),
                grace,
                testUsesLive,
                old.createdAt(),
                now,
                actor,
                old.environments(),
                old.metadata());
    }

    static SecretRecord with(
            SecretRecord old,
            String environment,
            Slot slot,
            int lastVersion,
            int grace,
            boolean testUsesLive,
            Instant now,
            String actor) {
        Map<String, Slot> environments = new LinkedHashMap<>(old.environments());
        if (slot.isEmpty() && slot.previous() == null) {
            environments.remove(environment);
        } else {
            environments.put(environment, slot);
        }
        return new SecretRecord(
                old.projectId(),
                old.name(),
                old.type(),
                old.revision() + 1,
                lastVersion,
                grace,
                testUsesLive,
                old.createdAt(),
                now,
                actor,
                environments,
                old.metadata());
    }

    private static SecretRecord with(
            SecretRecord old, String environment, Slot slot, int lastVersion, Instant now, String actor) {
        return with(old, environment, slot, lastVersion, old.graceSeconds(), old.testUsesLive(), now, actor);
    }

    private static SecretRecord orNothing(SecretRecord record) {
        boolean anyValue = record.environments().values().stream().anyMatch(slot -> !slot.isEmpty());
        return anyValue ? record : null;
    }

    private static Slot stagedSlot(SecretRecord old, String environment) {
        return old.slot(environment)
                .filter(slot -> slot.staged() != null)
                .orElseThrow(() -> new SecretInputException(
                        SecretInputException.Code.SECRET_NOT_STAGED,
                        "secret '" + old.name() + "' has no staged version for the environment '" + environment + "'"));
    }
}
