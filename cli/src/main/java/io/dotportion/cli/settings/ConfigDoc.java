package io.dotportion.cli.settings;

import java.util.List;

/** Renders docs/CONFIG.md from the registry: the precedence, the file formats, then a table per scope. */
public final class ConfigDoc {
    public static final String REGENERATE =
            "mvn -pl cli -am verify -Dtest=ConfigDocTest -Dsurefire.failIfNoSpecifiedTests=false "
                    + "-Ddotportion.regenerate=true";

    private ConfigDoc() {}

    public static String render(List<Setting<?>> settings) {
        StringBuilder out = new StringBuilder();
        out.append("# Configuration\n\n")
                .append(
                        "<!-- Generated from the settings registry (cli/.../settings); do not edit by hand. Regenerate: `")
                .append(REGENERATE)
                .append("` -->\n\n")
                .append(INTRO);
        for (Scope scope : Scope.values()) {
            List<Setting<?>> inScope =
                    settings.stream().filter(s -> s.scope() == scope).toList();
            if (inScope.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(scope.title()).append("\n\n");
            out.append("| Key | Flag | Environment variable | Default | Allowed | Description |\n");
            out.append("|---|---|---|---|---|---|\n");
            inScope.forEach(s -> row(out, s));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, Setting<?> s) {
        out.append("| ")
                .append(code(s.key()))
                .append(" | ")
                .append(code(s.flag()))
                .append(" | ")
                .append(code(s.env()))
                .append(" | ")
                .append(s.defaultText() == null ? "none" : code(s.defaultText()))
                .append(" | ")
                .append(s.type().allowed().replace("|", "\\|"))
                .append(s.type().secret() ? " (secret: never shown)" : "")
                .append(" | ")
                .append(s.description().replace("|", "\\|"))
                .append(" |\n");
    }

    private static String code(String text) {
        return text == null ? "—" : "`" + text + "`";
    }

    private static final String INTRO = """
            Every server setting can be given three ways, and when one is given more than once **a flag wins over \
            an environment variable, which wins over a config file key, which wins over the default**:

            1. a flag of `dotportion serve` (`--port 9090`),
            2. an environment variable (`DOTPORTION_PORT=9090`),
            3. a key in the config file named by `--config FILE` or `DOTPORTION_CONFIG` (`server.port: 9090`).

            The store-level commands (`store`, `user create`, `backup`, `restore`) read `server.data`, \
            `store.mongo-url` and `store.database` the same way and take `--config` too.

            The config file is YAML (`.yaml`, `.yml`) or Java properties (`.properties`). In YAML the part of a \
            key before a dot may be a nested map, and a list is joined with commas:

            ```yaml
            server:
              port: 9090
              data: /var/lib/dotportion
            limits:
              execution-timeout-ms: 20000
            egress:
              allow: [10.0.0.0/8, db.internal:27017]
            ```

            ```properties
            server.port=9090
            limits.execution-timeout-ms=20000
            egress.allow=10.0.0.0/8,db.internal:27017
            ```

            `docs/dotportion.example.yaml` holds every key, commented out, with its description and default.

            The start stops, naming the setting, when the file holds a key that is not a setting below (the \
            closest known key is suggested), when a value is not allowed (the message says what is; a secret's \
            value is never repeated), or when both `secrets.master-key` and `secrets.master-key-file` are set. \
            The master key has no flag, since other users can see a command line; in a config file it is \
            accepted only when no other user can read that file (`chmod 600`); `secrets.master-key-file` \
            (owner-only, like the generated `<data>/master.key`) is the usual way. Durations take a unit: \
            `500ms`, `10s`, `5m`, `2h`, `7d` (or ISO-8601, `PT10S`).

            Launcher, logging and API client settings are listed last: they are read before the server's own \
            settings (by `bin/dotportion` or the logging configuration) or by other commands, so they are \
            environment variables or flags of those commands only, not config file keys.

            Adding a setting is one entry in a group of `cli/src/main/java/io/dotportion/cli/settings/` (its             key, flag, type with bounds, default, description and how it changes the `PlatformConfigBuilder`):             the flag, the variable, the file key, the checks and this page follow from it. A test fails when             this page or the example file is out of date, or when the code or the launcher reads a             `DOTPORTION_*` variable that is not a setting.
            """;
}
