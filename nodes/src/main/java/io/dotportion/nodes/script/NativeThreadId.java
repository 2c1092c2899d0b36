package io.dotportion.nodes.script;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The operating system's id of the calling thread, where the platform tells it: on Linux,
 * {@code /proc/thread-self} links to {@code <pid>/task/<tid>}. Elsewhere (or without {@code /proc}) empty.
 */
final class NativeThreadId {
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private NativeThreadId() {}

    /** The calling thread's native id; read it on the thread itself. */
    static OptionalLong current() {
        try {
            Path link = Files.readSymbolicLink(THREAD_SELF);
            Path name = link.getFileName();
            return name == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(name.toString()));
        } catch (Exception notLinux) {
            // no /proc/thread-self (not Linux, or /proc not mounted), or a link of another shape
            return OptionalLong.empty();
        }
    }
}
