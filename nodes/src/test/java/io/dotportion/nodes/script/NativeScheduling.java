package io.dotportion.nodes.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** How Linux schedules this process's threads, read from {@code /proc/self/task/<tid>/stat} (test support). */
final class NativeScheduling {
    /** {@code SCHED_IDLE} in the {@code policy} field of {@code stat}. */
    static final int SCHED_IDLE = 5;

    private static final Path TASKS = Path.of("/proc/self/task");

    /** One thread's name (as the kernel knows it, at most 15 characters), policy and nice value. */
    record Sched(String name, int policy, int nice) {
        boolean lowest() {
            return policy == SCHED_IDLE || nice == 19;
        }
    }

    private NativeScheduling() {}

    static boolean available() {
        return Files.isDirectory(TASKS);
    }

    static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(":")).anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }

    /** The thread with native id {@code tid}, if it still exists. */
    static Optional<Sched> of(long tid) {
        try {
            String stat = Files.readString(TASKS.resolve(Long.toString(tid)).resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            List<String> fields = List.of(stat.substring(close + 2).trim().split(" "));
            // fields.get(0) is field 3 of stat(5): nice is field 19, policy field 41
            return Optional.of(new Sched(
                    stat.substring(open + 1, close),
                    Integer.parseInt(fields.get(38)),
                    Integer.parseInt(fields.get(16))));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every living thread of this process whose name starts with {@code prefix}, by native id. */
    static Map<Long, Sched> threadsNamed(String prefix) {
        Map<Long, Sched> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                long tid = Long.parseLong(task.getFileName().toString());
                of(tid).filter(s -> s.name().startsWith(prefix)).ifPresent(s -> threads.put(tid, s));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return threads;
    }
}
