package io.dotportion.server.http;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The read deadline of one reading thread ({@link ReadDeadlines}): its due time ({@link System#nanoTime}),
 * {@link #IDLE} when disarmed, {@link #FIRED} once the sweeper interrupted the reader for it. Arming writes the
 * due time; the sweeper fires only the due time it read (a compare-and-set), so a deadline armed again since
 * is never fired for an earlier one; closing takes the state back to idle and tells whether it fired.
 */
final class Watch implements ReadDeadlines.Armed {
    static final long IDLE = Long.MIN_VALUE;
    static final long FIRED = Long.MIN_VALUE + 1;
    private static final VarHandle DUE;

    static {
        try {
            DUE = MethodHandles.lookup().findVarHandle(Watch.class, "due", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Thread reader;

    @SuppressWarnings("unused") // through DUE
    private volatile long due = IDLE;

    Watch(Thread reader) {
        this.reader = reader;
    }

    void arm(long dueAt) {
        due = dueAt == IDLE || dueAt == FIRED ? FIRED + 1 : dueAt;
    }

    /** The sweeper's check at {@code now}: interrupts the reader when armed and past due. */
    void expire(long now) {
        long at = due;
        if (at != IDLE && at != FIRED && now - at >= 0 && DUE.compareAndSet(this, at, FIRED)) {
            reader.interrupt();
        }
    }

    @Override
    public boolean fired() {
        return due == FIRED;
    }

    /** Disarms; when the deadline fired just as the read ended, the reader's interrupt flag is cleared. */
    @Override
    public void close() {
        long was = (long) DUE.getAndSet(this, IDLE);
        if (was == FIRED && Thread.currentThread() == reader) {
            Thread.interrupted();
        }
    }
}
