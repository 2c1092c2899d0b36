package io.dotportion.store.log;

/** What the log is asked to keep of a run. */
public enum Keeping {
    /** In full, whatever the load (failures and test runs). */
    FULL,
    /** In full, or as a summary while the writer is past its high-water mark (successful runs picked for a trace). */
    FULL_UNLESS_BEHIND,
    /** As a summary: no trace is formatted, and the store packs summaries many to a document. */
    SUMMARY
}
