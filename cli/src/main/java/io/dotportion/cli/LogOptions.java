package io.dotportion.cli;

import picocli.CommandLine.Option;

/** The log options of {@code serve}; the format and level are environment variables logback.xml reads. */
final class LogOptions {
    @Option(
            names = "--access-log",
            description = "Log one line per request (method, path without the query, status, duration) on the "
                    + "logger io.dotportion.access (default: $DOTPORTION_ACCESS_LOG=on|off, else off).")
    boolean accessLog;
}
