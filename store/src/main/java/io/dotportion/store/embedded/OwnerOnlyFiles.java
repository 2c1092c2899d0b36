package io.dotportion.store.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory and the store file are the owner's only (POSIX 700 and 600): the file holds every user's
 * password hash and the wrapped project keys. A directory or file made by an older version with wider modes is
 * narrowed. On file systems without POSIX modes nothing is changed.
 */
final class OwnerOnlyFiles {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {}

    static void directory(Path dir) {
        try {
            if (Files.notExists(dir)) {
                Path parent = dir.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                if (posix(parent)) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
                    return;
                }
                Files.createDirectory(dir);
            }
            narrow(dir, DIRECTORY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
    }

    static void file(Path file) {
        try {
            if (Files.notExists(file) && posix(file.getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                return;
            }
            if (Files.exists(file)) {
                narrow(file, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store file " + file, e);
        }
    }

    private static boolean posix(Path path) {
        return path != null
                && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void narrow(Path path, Set<PosixFilePermission> wanted) {
        if (!posix(path)) {
            return;
        }
        try {
            if (!wanted.containsAll(Files.getPosixFilePermissions(path))) {
                Files.setPosixFilePermissions(path, wanted);
                LOG.info("restricted {} to its owner ({})", path, PosixFilePermissions.toString(wanted));
            }
        } catch (IOException e) {
            LOG.warn(
                    "{} is accessible to other users and cannot be restricted ({})",
                    path,
                    e.getClass().getSimpleName());
        }
    }
}
