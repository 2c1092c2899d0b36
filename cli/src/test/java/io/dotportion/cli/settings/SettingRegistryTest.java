package io.dotportion.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.wiring.PlatformConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry names every setting once, the way the reference says, with the defaults the platform uses. */
class SettingRegistryTest {
    @TempDir
    Path dir;

    @Test
    void keys_flags_and_environment_variables_are_each_used_once() {
        for (Function<Setting<?>, String> name :
                List.<Function<Setting<?>, String>>of(Setting::key, Setting::flag, Setting::env)) {
            List<String> names = SettingRegistry.all().stream()
                    .map(name)
                    .filter(Objects::nonNull)
                    .toList();
            assertThat(names).doesNotHaveDuplicates();
        }
    }

    @Test
    void every_server_setting_has_a_key_a_variable_and_a_binding_and_a_flag_unless_it_is_a_secret_value() {
        for (Setting<?> s : SettingRegistry.serve()) {
            if (s == CoreSettings.CONFIG) {
                continue;
            }
            assertThat(s.key()).as(s.name()).isNotNull().matches("[a-z-]+\\.[a-z-]+");
            assertThat(s.env()).as(s.name()).startsWith(Setting.ENV_PREFIX);
            assertThat(s.binding() != null || s == CoreSettings.HEAP)
                    .as(s.name() + " (only the heap is applied by the launcher, before the JVM starts)")
                    .isTrue();
            assertThat(s.flag() != null || s == CoreSettings.MASTER_KEY)
                    .as(s.name())
                    .isTrue();
            if (s.flag() != null) {
                assertThat(s.env()).as(s.name()).isEqualTo(Setting.envOf(s.flag()));
            }
        }
    }

    @Test
    void the_documented_defaults_are_the_defaults_the_platform_starts_with() throws IOException {
        String every = SettingRegistry.serve().stream()
                .filter(s -> s.key() != null && s.defaultText() != null)
                .map(s -> s.key() + "=" + s.defaultText())
                .collect(Collectors.joining("\n"));
        Path file = dir.resolve("defaults.properties");
        Files.writeString(file, every);

        PlatformConfig fromDocs = SettingsResolver.serve()
                .resolve(Map.of("--config", file.toString()), Map.of())
                .platformConfig();
        PlatformConfig builtIn =
                SettingsResolver.serve().resolve(Map.of(), Map.of()).platformConfig();

        assertThat(fromDocs).isEqualTo(builtIn);
        assertThat(builtIn)
                .isEqualTo(PlatformConfig.defaults(
                        Path.of(CoreSettings.DEFAULT_DATA).toAbsolutePath().normalize()));
    }

    @Test
    void every_default_text_is_allowed_by_its_own_type() {
        SettingRegistry.all().stream()
                .filter(s -> s.defaultText() != null)
                .forEach(s ->
                        assertThat(s.type().parse(s.defaultText())).as(s.name()).isNotNull());
    }
}
