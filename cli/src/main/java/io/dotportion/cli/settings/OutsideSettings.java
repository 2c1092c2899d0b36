package io.dotportion.cli.settings;

import java.util.List;

/**
 * Settings the server does not read itself, listed so the reference is complete: the launcher's (the JVM's
 * memory and options), the logging configuration's, and those of the commands that call a server's API.
 */
public final class OutsideSettings {
    private OutsideSettings() {}

    static List<Setting<?>> all() {
        return List.of(
                Setting.environmentOnly(
                        Scope.LAUNCHER,
                        "DOTPORTION_JAVA_OPTS",
                        null,
                        "More JVM options; a heap flag here replaces the default heap."),
                Setting.environmentOnly(
                        Scope.LAUNCHER,
                        "DOTPORTION_JS_JIT",
                        "on",
                        "`off` runs scripts without the JavaScript compiler (slower; for JDKs without JVMCI)."),
                Setting.environmentOnly(
                        Scope.LOGGING,
                        "DOTPORTION_LOG_FORMAT",
                        "text",
                        "`text` lines or `json` (one object per line) on standard error."),
                Setting.environmentOnly(
                        Scope.LOGGING, "DOTPORTION_LOG_LEVEL", "INFO", "The system log's level (`DEBUG` for more)."),
                Setting.environmentOnly(
                        Scope.LOGGING,
                        "DOTPORTION_ACCESS_LOG",
                        "off",
                        "`on` logs one line per request (method, path without the query, status, duration) on the "
                                + "logger `io.dotportion.access`; the flag `serve --access-log` does the same."),
                client(null, "DOTPORTION_TOKEN", ValueTypes.secretText(), null, "The API token (secret)."),
                client(
                        "--token-file",
                        null,
                        ValueTypes.path(),
                        null,
                        "File with the API token, instead of the variable."),
                client("--url", null, ValueTypes.text(), "http://localhost:8080", "The server to call."),
                client("--timeout-seconds", null, ValueTypes.text(), "30", "Time limit of one request, in seconds."));
    }

    private static <T> Setting<T> client(
            String flag, String env, ValueType<T> type, String defaultText, String description) {
        return new Setting<>(null, flag, env, Scope.CLIENT, type, defaultText, description, null);
    }
}
