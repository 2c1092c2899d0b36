package io.dotportion.secrets.key;

/**
 * Outcome of a master-key rotation, counted from the store after the rewrap: keysets now on the new
 * key, still on the old key (created by a server on the old key while the rotation ran: run the
 * rotation again once every server holds the new key), on any other key, and how many this run rewrapped.
 */
public record RotationReport(int rewrapped, int onNewKey, int onOldKey, int onOtherKeys) {}
