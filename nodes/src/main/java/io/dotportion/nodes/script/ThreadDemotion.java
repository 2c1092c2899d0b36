package io.dotportion.nodes.script;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Drops the native thread of a written-off run to the lowest priority, so that a script that never stops
 * (one that catches its own stack overflow swallows every cancellation) gets little CPU time while other
 * threads want it. Nice 19 first ({@code renice -n 19 -p <tid>}), else {@code SCHED_IDLE}
 * ({@code chrt --idle -p 0 <tid>}); on Linux both act on the one thread, not the process. Nice 19 is
 * preferred because it keeps a small guaranteed share: every JVM safepoint (a collection, a
 * deoptimisation) waits until all threads reach it, and a thread in the idle class on a saturated machine
 * can take long to be scheduled at all, stalling the whole process behind it. An unprivileged
 * process may lower its own threads this way (raising them back would need a privilege, which is why a
 * written-off worker never serves again: {@link Workers}).
 *
 * <p>Why a tool and not a system call: the JDK has no {@code setpriority}/{@code sched_setscheduler}
 * (thread priorities are ignored on Linux), its foreign-function API is a preview in Java 21 (our release
 * level), and JNA would add a native library, unpacked into a temporary directory at run time, to the
 * sandbox module for one call per write-off. {@code chrt} and {@code renice} are in Debian's essential
 * packages (util-linux, bsdutils) and in busybox; spawning one is rare (a write-off) and happens here, on
 * one background thread, each bounded by {@link #TOOL_WAIT}. Nothing here throws: without the tools, or
 * off Linux, the run is logged as not demoted and left as it is.
 */
final class ThreadDemotion implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ThreadDemotion.class.getName());
    static final Duration TOOL_WAIT = Duration.ofSeconds(2);

    /** One way to demote a thread: the command, with {@code %d} for the native thread id, and what it gives. */
    record Tool(String outcome, List<String> command) {
        List<String> forThread(long tid) {
            List<String> argv = new ArrayList<>(command.size());
            command.forEach(arg -> argv.add(arg.replace("%d", Long.toString(tid))));
            return argv;
        }
    }

    static final List<Tool> DEFAULT_TOOLS = List.of(
            new Tool("nice 19", List.of("renice", "-n", "19", "-p", "%d")),
            new Tool("the idle scheduling class", List.of("chrt", "--idle", "-p", "0", "%d")));

    private final List<Tool> tools;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Workers.daemon("js-sandbox-demote"));

    ThreadDemotion() {
        this(DEFAULT_TOOLS);
    }

    ThreadDemotion(List<Tool> tools) {
        this.tools = List.copyOf(tools);
    }

    /**
     * In the background, demotes the thread with native id {@code tid} while {@code stillStuck} holds (a
     * thread whose run ended meanwhile is gone, and its id may be another thread's soon). Logs once.
     */
    void demote(OptionalLong tid, BooleanSupplier stillStuck) {
        try {
            executor.execute(() -> demoteNow(tid, stillStuck));
        } catch (RejectedExecutionException closed) {
            // the sandbox is closing: its threads are cancelled with the engine
        }
    }

    private void demoteNow(OptionalLong tid, BooleanSupplier stillStuck) {
        if (tid.isEmpty()) {
            LOG.log(
                    Level.WARNING,
                    "a script run was written off; its thread could not be demoted"
                            + " (no native thread id on this platform) and keeps running at normal priority");
            return;
        }
        for (Tool tool : tools) {
            if (!stillStuck.getAsBoolean()) {
                LOG.log(Level.INFO, "a script run was written off and ended before its thread was demoted");
                return;
            }
            if (succeeds(tool.forThread(tid.getAsLong()))) {
                LOG.log(Level.WARNING, "a script run was written off; its thread now runs in " + tool.outcome());
                return;
            }
        }
        LOG.log(
                Level.WARNING,
                "a script run was written off; its thread could not be demoted"
                        + " (renice and chrt are missing or refused) and keeps running at normal priority");
    }

    private static boolean succeeds(List<String> argv) {
        Process process;
        try {
            process = new ProcessBuilder(argv)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException missing) {
            return false;
        }
        try {
            if (process.waitFor(TOOL_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue() == 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return false;
    }

    /** Lets a demotion under way finish (bounded by {@link #TOOL_WAIT} per tool), then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(TOOL_WAIT.toMillis() * tools.size(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
    }
}
