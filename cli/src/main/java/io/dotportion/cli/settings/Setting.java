package io.dotportion.cli.settings;

import io.dotportion.server.wiring.PlatformConfigBuilder;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * One setting: its config file {@code key}, command-line {@code flag} and environment variable {@code env}
 * (null where it cannot be given so), who reads it, its type and bounds, the default (as the reference shows
 * it; null when there is none), what it does, and how its value goes into the platform's configuration
 * ({@code binding}; null for settings the server does not read itself). A setting not given leaves the
 * built-in default in place: the binding runs only for given values.
 */
public record Setting<T>(
        String key,
        String flag,
        String env,
        Scope scope,
        ValueType<T> type,
        String defaultText,
        String description,
        BiConsumer<PlatformConfigBuilder, T> binding) {

    public static final String ENV_PREFIX = "DOTPORTION_";

    /** A server setting with a flag, its environment variable (from the flag's name) and a file key. */
    public static <T> Setting<T> serve(
            String key,
            String flag,
            ValueType<T> type,
            String defaultText,
            String description,
            BiConsumer<PlatformConfigBuilder, T> binding) {
        return new Setting<>(key, flag, envOf(flag), Scope.SERVE, type, defaultText, description, binding);
    }

    /** A setting read from the environment only, by the launcher or the logging configuration. */
    public static Setting<String> environmentOnly(Scope scope, String env, String defaultText, String description) {
        return new Setting<>(null, null, env, scope, ValueTypes.text(), defaultText, description, null);
    }

    /** The same setting without a command-line flag (a secret: command lines are visible to other users). */
    public Setting<T> withoutFlag() {
        return new Setting<>(key, null, env, scope, type, defaultText, description, binding);
    }

    public Setting<T> withEnv(String variable) {
        return new Setting<>(key, flag, variable, scope, type, defaultText, description, binding);
    }

    /** How messages name the setting: its key, else its flag, else its variable. */
    public String name() {
        return key != null ? key : flag != null ? flag : env;
    }

    void apply(PlatformConfigBuilder builder, Object value) {
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        binding.accept(builder, typed);
    }

    static String envOf(String flag) {
        return ENV_PREFIX + flag.substring(2).replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
