package io.dotportion.nodes.script;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The platform threads scripts run on, one per pooled context, started on demand. Callers (typically
 * virtual threads serving requests) hand a run over and wait for it: a script is CPU-bound and cannot
 * yield, so running it on a virtual thread would hold one of the few carrier threads for up to its whole
 * time limit and stall every other request; platform threads are time-sliced by the operating system.
 *
 * <p>A worker whose run was written off (cancelled, but it did not stop) is replaced by a new thread, up
 * to {@code maxStuck} of them at once; past {@code maxStuck}, stuck workers are not replaced and the pool
 * serves with fewer threads (and reports itself not ready). Each worker records its native thread id when
 * it starts, and a written-off one is demoted to the lowest scheduling class ({@link ThreadDemotion}): a
 * run that never stops then burns only CPU time nothing else wants. A written-off worker never serves
 * again and starts no thread: Linux threads inherit their creator's scheduling class, so workers are only
 * started here by callers and the watchdog, and when a written-off run ends at last its thread leaves the
 * bookkeeping to a housekeeping thread started with the pool, and ends. That includes the tenant's share:
 * releasing it wakes a waiting virtual thread, and the virtual-thread scheduler may start a carrier
 * thread on the waker's behalf.
 */
final class Workers implements AutoCloseable {
    private final int threads;
    private final int maxStuck;
    private final ThreadDemotion demotion;
    private final BlockingQueue<Handoff> queue = new LinkedBlockingQueue<>();
    private final Map<Thread, OptionalLong> nativeIds = new ConcurrentHashMap<>();
    private final Set<Thread> alive = ConcurrentHashMap.newKeySet();
    private final ThreadFactory names = daemon("js-sandbox-worker");
    private final ThreadPoolExecutor housekeeping;
    private int stuck;
    private int serving;
    private int demand;
    private boolean closed;

    Workers(int threads, int maxStuck) {
        this(threads, maxStuck, new ThreadDemotion());
    }

    Workers(int threads, int maxStuck, ThreadDemotion demotion) {
        this.threads = threads;
        this.maxStuck = maxStuck;
        this.demotion = demotion;
        this.housekeeping = new ThreadPoolExecutor(
                1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemon("js-sandbox-housekeeping"));
        housekeeping.prestartCoreThread();
    }

    /** Queues a run; it starts as soon as a worker is free (a new one when all are busy, within the size). */
    synchronized void submit(Handoff run) {
        if (closed) {
            throw new IllegalStateException("the script sandbox is closed");
        }
        queue.add(run);
        demand++;
        startWanted();
    }

    /**
     * A run was written off while {@code worker} still runs it (called on the watchdog thread): start a
     * replacement, within {@code maxStuck}, and demote the worker in the background while
     * {@code stillStuck} holds.
     */
    void stuck(Thread worker, BooleanSupplier stillStuck) {
        synchronized (this) {
            stuck++;
            serving--;
            demand--;
            startWanted();
        }
        OptionalLong unknown = OptionalLong.empty();
        demotion.demote(worker == null ? unknown : nativeIds.getOrDefault(worker, unknown), stillStuck);
    }

    /**
     * A written-off run stopped at last, on its (demoted) worker: {@code settle} (giving back its share)
     * and the count run on the housekeeping thread, and the worker ends without touching another thread.
     */
    void recovered(Runnable settle) {
        housekeeping.execute(() -> {
            settle.run();
            synchronized (this) {
                stuck--;
                startWanted();
            }
        });
    }

    synchronized int stuckCount() {
        return stuck;
    }

    int maxStuck() {
        return maxStuck;
    }

    /** Starts workers while runs wait and fewer serve than the size allows (less the unreplaced stuck ones). */
    private void startWanted() {
        int size = threads - Math.max(0, stuck - maxStuck);
        while (!closed && serving < Math.min(size, demand)) {
            Thread thread = names.newThread(this::work);
            alive.add(thread);
            serving++;
            thread.start();
        }
    }

    /** A worker's life: takes runs until closed, or until a run of its was written off. */
    private void work() {
        Thread self = Thread.currentThread();
        nativeIds.put(self, NativeThreadId.current());
        try {
            while (true) {
                if (queue.take().run()) {
                    return;
                }
                synchronized (this) {
                    demand--;
                }
            }
        } catch (InterruptedException closing) {
            // the pool is closed
        } finally {
            nativeIds.remove(self);
            alive.remove(self);
        }
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        queue.clear();
        alive.forEach(Thread::interrupt);
        housekeeping.shutdownNow();
        demotion.close();
    }
}
