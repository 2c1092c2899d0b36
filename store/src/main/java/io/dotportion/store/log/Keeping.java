package io.dotportion.store.log;

/** What the log is asked to keep of a run. */
public enum Keeping {
    /** In full, whatever the load (failures and test runs). */
    FULL,
    /** In full, or only counted while the writer is past its high-water mark (successful runs picked for a trace). */
    FULL_UNLESS_BEHIND,
    /**
     * Only counted: no record of its own, the run adds to its workflow's aggregate for its start second (count,
     * duration sum, minimum and maximum), written once per aggregation window.
     */
    COUNT
}
