package io.dotportion.nodes.script;

/**
 * A moment's view of the context pool, for monitoring.
 *
 * @param poolSize the most contexts that may exist at once
 * @param inUse    contexts running a script (or being created for one) right now
 * @param idle     contexts ready for the next run
 */
public record SandboxUsage(int poolSize, int inUse, int idle) {
}
