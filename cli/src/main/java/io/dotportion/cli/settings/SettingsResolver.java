package io.dotportion.cli.settings;

import io.dotportion.cli.settings.ValueType.BadValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves settings with one precedence: a flag over an environment variable over a config file key over the
 * built-in default. The config file is {@code --config} or {@code DOTPORTION_CONFIG}. Every problem is
 * collected and reported at once: an unknown key in the file (with the closest known one), a value a setting
 * does not allow (with what it allows; a secret's value is never repeated), a secret in a file other users
 * can read, two settings that exclude each other.
 */
public final class SettingsResolver {
    private static final int SHOWN_CHARS = 80;

    private final List<Setting<?>> settings;

    public SettingsResolver(List<Setting<?>> settings) {
        this.settings = List.copyOf(settings);
    }

    /** The settings of {@code serve}. */
    public static SettingsResolver serve() {
        return new SettingsResolver(SettingRegistry.serve());
    }

    /**
     * @param flags the flags given on the command line (name with dashes to text)
     * @param env   the environment
     */
    public ResolvedSettings resolve(Map<String, String> flags, Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        Optional<ConfigFile> file = configFile(flags, env);
        file.ifPresent(f -> unknownKeys(f, problems));
        Map<Setting<?>, ResolvedSettings.Given> given = new LinkedHashMap<>();
        for (Setting<?> setting : settings) {
            if (setting == CoreSettings.CONFIG) {
                continue;
            }
            raw(setting, flags, env, file).ifPresent(raw -> {
                try {
                    Object value = setting.type().parse(raw.text().strip());
                    given.put(setting, new ResolvedSettings.Given(value, raw.origin()));
                } catch (BadValue e) {
                    problems.add(badValue(setting, raw, e));
                }
                if (raw.inFile()
                        && file.orElseThrow().othersCanRead()
                        && setting.type().credential(raw.text().strip())) {
                    problems.add(setting.name() + " is in the config file "
                            + file.get().path()
                            + ", which other users can read; restrict it with chmod 600, or give the secret "
                            + "another way (" + alternatives(setting) + ")");
                }
            });
        }
        exclusive(given, CoreSettings.MASTER_KEY, CoreSettings.MASTER_KEY_FILE, problems);
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new ResolvedSettings(given);
    }

    private record Raw(String text, String origin, boolean inFile) {}

    private static Optional<Raw> raw(
            Setting<?> setting, Map<String, String> flags, Map<String, String> env, Optional<ConfigFile> file) {
        if (setting.flag() != null && present(flags.get(setting.flag()))) {
            return Optional.of(new Raw(flags.get(setting.flag()), setting.flag(), false));
        }
        if (setting.env() != null && present(env.get(setting.env()))) {
            return Optional.of(new Raw(env.get(setting.env()), setting.env(), false));
        }
        if (setting.key() != null
                && file.isPresent()
                && present(file.get().values().get(setting.key()))) {
            return Optional.of(new Raw(
                    file.get().values().get(setting.key()),
                    setting.key() + " in " + file.get().path(),
                    true));
        }
        return Optional.empty();
    }

    private static Optional<ConfigFile> configFile(Map<String, String> flags, Map<String, String> env) {
        Setting<Path> config = CoreSettings.CONFIG;
        String path = present(flags.get(config.flag())) ? flags.get(config.flag()) : env.get(config.env());
        if (!present(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ConfigFile.read(config.type().parse(path.strip())));
        } catch (BadValue e) {
            throw new SettingsException("the config file path is not usable");
        }
    }

    private void unknownKeys(ConfigFile file, List<String> problems) {
        for (String key : file.values().keySet()) {
            if (settings.stream().anyMatch(s -> key.equals(s.key()))) {
                continue;
            }
            Optional<Setting<?>> elsewhere = SettingRegistry.byEnv(key);
            if (elsewhere.isPresent() && elsewhere.get().key() == null) {
                problems.add(key + " in " + file.path() + " is not a config file setting: it is read from the "
                        + "environment only (" + elsewhere.get().scope().title() + ")");
                continue;
            }
            problems.add("unknown setting '" + key + "' in " + file.path()
                    + Suggestions.closest(key, settings)
                            .map(s -> "; did you mean '" + s + "'?")
                            .orElse("; docs/CONFIG.md lists the settings"));
        }
    }

    private static void exclusive(
            Map<Setting<?>, ResolvedSettings.Given> given, Setting<?> one, Setting<?> other, List<String> problems) {
        if (given.containsKey(one) && given.containsKey(other)) {
            problems.add(one.name() + " (from " + given.get(one).origin() + ") and " + other.name() + " (from "
                    + given.get(other).origin() + ") are both set; give only one");
        }
    }

    private static String badValue(Setting<?> setting, Raw raw, BadValue e) {
        String shown = setting.type().secret()
                ? "the value (not shown)"
                : "\"" + shorten(raw.text().strip()) + "\"";
        return setting.name() + " (from " + raw.origin() + "): " + shown + " is not allowed (" + e.getMessage()
                + "); expected " + setting.type().allowed();
    }

    private static String alternatives(Setting<?> setting) {
        List<String> ways = new ArrayList<>();
        if (setting.env() != null) {
            ways.add(setting.env());
        }
        if (setting == CoreSettings.MASTER_KEY) {
            ways.add(CoreSettings.MASTER_KEY_FILE.key());
        }
        return String.join(" or ", ways);
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
