package io.dotportion.cli;

/** A command cannot do what was asked; the message says why (and what to do) and never holds a secret. */
final class CliFailure extends RuntimeException {
    CliFailure(String message) {
        super(message, null, false, false);
    }
}
