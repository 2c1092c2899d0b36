package io.dotportion.cli.settings;

/** Who reads a setting, which decides where it can be given. */
public enum Scope {
    /** {@code dotportion serve}: a flag, an environment variable and a config file key. */
    SERVE("Server (`dotportion serve`)"),
    /** The {@code dotportion} shell launcher, before the JVM starts: an environment variable only. */
    LAUNCHER("Launcher-only (read by `bin/dotportion` before the JVM starts)"),
    /** The logging configuration, read when the JVM's logging starts: an environment variable only. */
    LOGGING("Logging (read by the logging configuration when the JVM starts)"),
    /** The commands that call a server's API ({@code workflow}, {@code secret}, {@code project}...). */
    CLIENT("API client commands (`workflow`, `secret`, `project`...)");

    private final String title;

    Scope(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
