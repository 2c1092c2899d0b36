package io.dotportion.store.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.h2.store.fs.Recorder;
import org.h2.store.fs.rec.FilePathRec;

/**
 * Every change H2 makes to one file, in order, recorded through H2's {@code rec:} file system, so
 * that the file can be rebuilt as a {@code kill -9} would leave it at any moment: after each write
 * or truncation, and half way through each write longer than one block (the kernel may stop a
 * killed process between pages of one write). Each change remembers how many operations the caller
 * had seen committed when it happened.
 */
final class FileChanges implements Recorder, AutoCloseable {
    private static final int BLOCK = 4096;

    private record Change(long position, byte[] bytes, int committed) {
        boolean truncation() {
            return bytes == null;
        }
    }

    /** Receives the file as a kill would leave it and the number of operations committed by then. */
    interface CrashPoint {
        void check(Path image, int committed) throws IOException;
    }

    private final String fileName;
    private final IntSupplier committed;
    private final List<Change> changes = new ArrayList<>();

    private FileChanges(Path file, IntSupplier committed) {
        this.fileName = file.toString();
        this.committed = committed;
    }

    /** Starts recording; open the store as {@code "rec:" + file} for its changes to be seen. */
    static FileChanges record(Path file, IntSupplier committed) {
        FileChanges changes = new FileChanges(file, committed);
        FilePathRec.register();
        FilePathRec.setRecorder(changes);
        return changes;
    }

    @Override
    public void log(int op, String name, byte[] data, long x) {
        if (!name.endsWith(fileName)) {
            return;
        }
        if (op == Recorder.WRITE) {
            changes.add(new Change(x, data, committed.getAsInt()));
        } else if (op == Recorder.TRUNCATE) {
            changes.add(new Change(x, null, committed.getAsInt()));
        }
    }

    @Override
    public void close() {
        FilePathRec.setRecorder(null);
    }

    /** Rebuilds the file change by change in {@code workDir} and hands every crash image to {@code check}. */
    int replay(Path workDir, CrashPoint check) throws IOException {
        Path image = workDir.resolve("image.mv");
        Path probe = workDir.resolve("probe.mv");
        int points = 0;
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            for (Change change : changes) {
                if (change.truncation()) {
                    file.setLength(change.position());
                } else {
                    if (change.bytes().length > BLOCK) {
                        write(file, change.position(), change.bytes(), BLOCK);
                        points += crashAt(image, probe, change, check);
                    }
                    write(file, change.position(), change.bytes(), change.bytes().length);
                }
                points += crashAt(image, probe, change, check);
            }
        }
        return points;
    }

    private static void write(RandomAccessFile file, long position, byte[] bytes, int length) throws IOException {
        file.seek(position);
        file.write(bytes, 0, length);
    }

    private static int crashAt(Path image, Path probe, Change change, CrashPoint check) throws IOException {
        Files.copy(image, probe, StandardCopyOption.REPLACE_EXISTING);
        check.check(probe, change.committed());
        return 1;
    }
}
