package io.dotportion.cli.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every setting, once: the CLI binds the server's flags from it, the config file is checked against it, and
 * docs/CONFIG.md is generated from it. Adding a setting is adding one entry to one of the groups.
 */
public final class SettingRegistry {
    private static final List<Setting<?>> ALL = collect();

    private SettingRegistry() {}

    public static List<Setting<?>> all() {
        return ALL;
    }

    /** What {@code serve} reads: the config file setting and every setting with a binding. */
    public static List<Setting<?>> serve() {
        return ALL.stream().filter(s -> s.scope() == Scope.SERVE).toList();
    }

    /** The setting a config file names with {@code key}. */
    public static Optional<Setting<?>> byKey(String key) {
        return ALL.stream().filter(s -> key.equals(s.key())).findFirst();
    }

    /** The setting read from the environment variable {@code env}, whoever reads it. */
    public static Optional<Setting<?>> byEnv(String env) {
        return ALL.stream().filter(s -> env.equals(s.env())).findFirst();
    }

    private static List<Setting<?>> collect() {
        List<Setting<?>> all = new ArrayList<>();
        all.addAll(CoreSettings.all());
        all.addAll(LimitSettings.all());
        all.addAll(GatewayKnobs.all());
        all.addAll(ConnectionKnobs.all());
        all.addAll(BackgroundKnobs.all());
        all.addAll(OutsideSettings.all());
        return List.copyOf(all);
    }
}
