package io.dotportion.nodes.script;

/**
 * A moment's view of the context pool, for monitoring.
 *
 * @param poolSize the most contexts that may exist at once
 * @param inUse    contexts running a script (or being created for one) right now
 * @param idle     contexts ready for the next run
 * @param stuck    runs that were cancelled but did not stop, written off and still holding a thread
 * @param maxStuck how many stuck runs the pool replaces; beyond that it serves with fewer workers
 */
public record SandboxUsage(int poolSize, int inUse, int idle, int stuck, int maxStuck) {

    /** False once the pool can no longer replace its stuck runs (the instance should be restarted). */
    public boolean ready() {
        return stuck < maxStuck;
    }
}
