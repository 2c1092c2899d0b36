package io.dotportion.cli;

import io.dotportion.cli.settings.CoreSettings;
import io.dotportion.cli.settings.ResolvedSettings;
import io.dotportion.cli.settings.SettingsResolver;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Which store a store-level command works on, as for {@code serve}: a MongoDB URL or the embedded file in the
 * data directory, each from its flag, environment variable or config file key (the same settings, precedence
 * and checks as {@code serve}: docs/CONFIG.md).
 */
final class StoreOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--config",
            description = "Config file (YAML or properties) as for serve; default: $DOTPORTION_CONFIG.")
    String config;

    @Option(names = "--data", description = "Data directory (default: $DOTPORTION_DATA, else ./data).")
    String data;

    @Option(
            names = "--mongo-url",
            description =
                    "The platform's MongoDB; default: $DOTPORTION_MONGO_URL, else the embedded store in the data directory.")
    String mongoUrl;

    @Option(
            names = "--database",
            description = "The platform's database (default: $DOTPORTION_DATABASE, else dotportion).")
    String database;

    private ResolvedSettings resolved;

    Path dataDir() {
        return settings()
                .value(CoreSettings.DATA)
                .orElse(Path.of(CoreSettings.DEFAULT_DATA))
                .toAbsolutePath()
                .normalize();
    }

    String mongoUrl() {
        return settings().value(CoreSettings.MONGO_URL).orElse(null);
    }

    String database() {
        return settings().value(CoreSettings.DATABASE).orElse(PlatformConfig.DEFAULT_DATABASE);
    }

    boolean external() {
        return mongoUrl() != null;
    }

    StoreSession open(boolean create) {
        return StoreSession.open(this, create);
    }

    /** Resolved once; a bad setting is a {@link io.dotportion.cli.settings.SettingsException}. */
    private ResolvedSettings settings() {
        if (resolved == null) {
            Map<String, String> flags = new HashMap<>();
            put(flags, CoreSettings.CONFIG.flag(), config);
            put(flags, CoreSettings.DATA.flag(), data);
            put(flags, CoreSettings.MONGO_URL.flag(), mongoUrl);
            put(flags, CoreSettings.DATABASE.flag(), database);
            resolved = SettingsResolver.serve().resolve(flags, Main.environment(command));
        }
        return resolved;
    }

    private static void put(Map<String, String> flags, String flag, String value) {
        if (value != null) {
            flags.put(flag, value);
        }
    }
}
