package io.dotportion.cli.settings;

import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.server.wiring.PlatformConfigBuilder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The settings given (by flag, variable or file) with their values and where each came from. */
public final class ResolvedSettings {
    /** A given value and its origin ({@code --port}, {@code DOTPORTION_PORT}, {@code server.port in FILE}). */
    public record Given(Object value, String origin) {}

    private final Map<Setting<?>, Given> given;

    ResolvedSettings(Map<Setting<?>, Given> given) {
        this.given = new LinkedHashMap<>(given);
    }

    public <T> Optional<T> value(Setting<T> setting) {
        @SuppressWarnings("unchecked")
        T value = given.containsKey(setting) ? (T) given.get(setting).value() : null;
        return Optional.ofNullable(value);
    }

    public Optional<String> origin(Setting<?> setting) {
        return Optional.ofNullable(given.get(setting)).map(Given::origin);
    }

    /** The platform's configuration: the defaults with every given server setting applied. */
    public PlatformConfig platformConfig() {
        Path data = value(CoreSettings.DATA).orElse(Path.of(CoreSettings.DEFAULT_DATA));
        return applyTo(PlatformConfig.defaults(data.toAbsolutePath().normalize()));
    }

    /**
     * {@code base} with every given server setting applied. Each setting's bounds are its own, so the
     * platform's records accept any combination of allowed values; should one refuse a combination, that is a
     * {@link SettingsException} too.
     */
    public PlatformConfig applyTo(PlatformConfig base) {
        PlatformConfigBuilder builder = base.toBuilder();
        given.forEach((setting, value) -> {
            if (setting.binding() != null) {
                setting.apply(builder, value.value());
            }
        });
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new SettingsException("the settings do not fit together: " + e.getMessage());
        }
    }
}
