package io.dotportion.nodes.script;

/**
 * JavaScript's {@code undefined} in the plain Java value trees the sandbox exchanges: as an argument it
 * reaches the script as {@code undefined} (not {@code null}); as a result it means "the script returned no value".
 */
public enum Undefined {
    VALUE
}
