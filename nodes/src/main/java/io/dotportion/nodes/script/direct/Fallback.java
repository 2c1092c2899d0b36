package io.dotportion.nodes.script.direct;

/**
 * What a direct evaluation returns when it meets a case it does not implement exactly (an operand of
 * another type, member access on null, an identity comparison, a value near a limit): the caller then
 * runs the same script in the sandbox with the same arguments. Never a value of a script.
 */
public enum Fallback {
    VALUE
}
