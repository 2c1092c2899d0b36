package io.dotportion.core.port;

import java.time.Instant;
import java.util.List;

/**
 * The platform's change log: every change that instances sharing the store must apply (a deploy, a project
 * setting) is appended with a sequence number that grows by one per change. Instances read it with a cursor.
 */
public interface ChangeLog {

    /** Appends a change; the store assigns the next sequence number, which is returned. */
    long publish(Change change);

    /** Changes with a sequence number above {@code seq}, lowest first, at most {@code limit}. */
    List<Change> after(long seq, int limit);

    /** The highest sequence number handed out so far (0 when none). */
    long latest();

    /** Deletes changes recorded before {@code before}; returns how many. */
    long sweep(Instant before);
}
