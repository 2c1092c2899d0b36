package io.dotportion.secrets.key;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and creates master key files: base64 of 32 bytes on one line, owner-only (POSIX 600); a directory it
 * has to create for the file is owner-only too (POSIX 700).
 */
public final class MasterKeyFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final SecureRandom random;

    public MasterKeyFiles(SecureRandom random) {
        this.random = random;
    }

    public MasterKey read(Path file) {
        try {
            return MasterKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_FILE_UNREADABLE,
                    "the master key file " + file + " cannot be read");
        } catch (MasterKeyException e) {
            throw new MasterKeyException(e.code(), "the master key file " + file + " is unusable: " + e.getMessage());
        }
    }

    /**
     * Writes a fresh random key to {@code file}, readable and writable by its owner only. The key is
     * written to a temporary file beside it, flushed to disk and then moved into place, so the file is
     * never seen half-written; fails when {@code file} already exists.
     */
    public MasterKey create(Path file) {
        String base64 = MasterKey.generateBase64(random);
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = directory.resolve(file.getFileName() + ".tmp-" + Long.toUnsignedString(random.nextLong(), 36));
        try {
            createOwnerOnlyDirectory(directory);
            writeOwnerOnly(temporary, base64 + "\n");
            Files.move(temporary, file);
            return MasterKey.fromBase64(base64);
        } catch (FileAlreadyExistsException e) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_FILE_UNREADABLE,
                    "the master key file " + file + " already exists; it was not overwritten");
        } catch (IOException e) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_FILE_UNREADABLE,
                    "the master key file " + file + " cannot be written");
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The key in {@code file}, or a fresh key written there (owner-only) when the file does not exist. */
    public LoadedMasterKey readOrCreate(Path file) {
        if (Files.exists(file)) {
            return new LoadedMasterKey(
                    read(file),
                    file.toString(),
                    false,
                    permissionWarning(file).stream().toList());
        }
        return new LoadedMasterKey(
                create(file),
                file.toString(),
                true,
                List.of("generated a new master key in " + file + " (owner-only); back it up"));
    }

    /** A warning when the file is readable or writable by anyone but its owner, on POSIX file systems. */
    public Optional<String> permissionWarning(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                return Optional.of("the master key file " + file + " is accessible to other users ("
                        + PosixFilePermissions.toString(permissions) + "); restrict it with chmod 600");
            }
        } catch (UnsupportedOperationException | IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static void createOwnerOnlyDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } else {
            Files.createDirectory(directory);
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try (FileChannel channel =
                FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
            channel.write(StandardCharsets.US_ASCII.encode(text));
            channel.force(true);
        }
        if (!posix) {
            var io = file.toFile();
            io.setReadable(false, false);
            io.setWritable(false, false);
            io.setReadable(true, true);
            io.setWritable(true, true);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the temporary file holds nothing once moved
        }
    }
}
