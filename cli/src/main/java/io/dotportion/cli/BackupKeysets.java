package io.dotportion.cli;

import io.dotportion.core.port.KeysetStore;
import io.dotportion.core.port.WrappedKeyset;
import io.dotportion.secrets.key.KeyCheckReport;
import io.dotportion.secrets.key.MasterKey;
import io.dotportion.secrets.key.MasterKeyCheck;
import io.dotportion.secrets.key.MasterKeyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The wrapped project keys of a backup, read from its files without touching any store, so that a restore
 * can prove the master key opens them before it writes anything. Read-only.
 */
final class BackupKeysets implements KeysetStore {
    private static final String REFUSAL = "refusing to restore; nothing was written. Restore with the master key "
            + "the backed-up servers used (DOTPORTION_MASTER_KEY or --master-key-file)";

    private final List<WrappedKeyset> keysets;

    private BackupKeysets(List<WrappedKeyset> keysets) {
        this.keysets = List.copyOf(keysets);
    }

    static BackupKeysets read(Path backupDir) {
        Path file =
                backupDir.resolve(BackupManifest.PLATFORM).resolve(BackupManifest.KEYSETS + CollectionFiles.DOCUMENTS);
        if (!Files.exists(file)) {
            return new BackupKeysets(List.of());
        }
        return new BackupKeysets(CollectionFiles.documents(file).stream()
                .map(BackupKeysets::keyset)
                .toList());
    }

    /** Throws MASTER_KEY_MISMATCH unless {@code key} opens every project key of the backup. */
    KeyCheckReport verify(MasterKey key) {
        Set<String> foreign = new TreeSet<>();
        keysets.stream()
                .map(WrappedKeyset::masterKeyId)
                .filter(id -> !id.equals(key.keyId()))
                .forEach(foreign::add);
        if (!foreign.isEmpty()) {
            throw mismatch("the master key does not open the backup's project keys (key id "
                    + String.join(", ", foreign) + " expected, " + key.keyId() + " given)");
        }
        KeyCheckReport report = new MasterKeyCheck(this).verify(key);
        if (!report.damagedProjects().isEmpty()) {
            throw mismatch("the project keys of " + report.damagedProjects() + " in the backup do not open with the "
                    + "master key " + key.keyId() + " (damaged backup)");
        }
        return report;
    }

    private static MasterKeyException mismatch(String what) {
        return new MasterKeyException(MasterKeyException.Code.MASTER_KEY_MISMATCH, what + "; " + REFUSAL);
    }

    private static WrappedKeyset keyset(Document d) {
        Object wrapped = d.get("wrapped");
        byte[] bytes = wrapped instanceof Binary binary ? binary.getData() : (byte[]) wrapped;
        return new WrappedKeyset(
                d.getString("_id"),
                d.getString("masterKeyId"),
                bytes,
                d.getInteger("revision", 0),
                instant(d.getDate("createdAt")),
                instant(d.getDate("rewrappedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @Override
    public Optional<WrappedKeyset> find(String projectId) {
        return keysets.stream().filter(k -> k.projectId().equals(projectId)).findFirst();
    }

    @Override
    public boolean insertIfAbsent(WrappedKeyset keyset) {
        throw new UnsupportedOperationException("a backup's keysets are read-only");
    }

    @Override
    public boolean replace(WrappedKeyset keyset, String expectedKeyId, int expectedRevision) {
        throw new UnsupportedOperationException("a backup's keysets are read-only");
    }

    @Override
    public List<WrappedKeyset> all() {
        return keysets;
    }

    @Override
    public long count() {
        return keysets.size();
    }

    @Override
    public boolean delete(String projectId) {
        throw new UnsupportedOperationException("a backup's keysets are read-only");
    }
}
