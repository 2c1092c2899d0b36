package io.dotportion.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/CONFIG.md is generated from the registry, lists every setting, and the registry knows every variable read. */
class ConfigDocTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path FILE = ROOT.resolve("docs/CONFIG.md");
    private static final Path EXAMPLE = ROOT.resolve("docs/dotportion.example.yaml");
    private static final Pattern VARIABLE = Pattern.compile("DOTPORTION_[A-Z0-9_]*[A-Z0-9]");

    @Test
    void config_md_is_generated_from_the_current_registry() throws IOException {
        String expected = ConfigDoc.render(SettingRegistry.all());
        if (Boolean.getBoolean("dotportion.regenerate")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";

        assertThat(actual)
                .as("docs/CONFIG.md is out of date with the settings registry; regenerate it with: "
                        + ConfigDoc.REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void the_example_config_file_is_generated_and_uncommented_gives_the_defaults() throws IOException {
        String expected = ConfigExample.render(SettingRegistry.all());
        if (Boolean.getBoolean("dotportion.regenerate")) {
            Files.writeString(EXAMPLE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(EXAMPLE) ? Files.readString(EXAMPLE, StandardCharsets.UTF_8) : "")
                .as("docs/dotportion.example.yaml is out of date; regenerate it with: " + ConfigDoc.REGENERATE)
                .isEqualTo(expected);

        Path uncommented = Files.createTempFile("dotportion-example", ".yaml");
        try {
            Files.writeString(uncommented, expected.replaceAll("(?m)^  #([a-z-]+):", "  $1:"));
            var fromExample = SettingsResolver.serve()
                    .resolve(java.util.Map.of("--config", uncommented.toString()), java.util.Map.of());
            assertThat(fromExample.platformConfig())
                    .isEqualTo(SettingsResolver.serve()
                            .resolve(java.util.Map.of(), java.util.Map.of())
                            .platformConfig());
            assertThat(fromExample.value(CoreSettings.PORT)).contains(8080);
        } finally {
            Files.delete(uncommented);
        }
    }

    @Test
    void the_document_names_every_key_flag_and_variable_of_every_setting() {
        String doc = ConfigDoc.render(SettingRegistry.all());
        for (Setting<?> s : SettingRegistry.all()) {
            Stream.of(s.key(), s.flag(), s.env())
                    .filter(name -> name != null)
                    .forEach(name -> assertThat(doc).as(s.name()).contains("`" + name + "`"));
        }
    }

    @Test
    void every_dotportion_variable_the_code_or_the_launcher_reads_is_a_setting() throws IOException {
        Set<String> read = new TreeSet<>();
        for (Path source : sources()) {
            Matcher m = VARIABLE.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                read.add(m.group());
            }
        }
        assertThat(read).contains("DOTPORTION_MONGO_URL", "DOTPORTION_HEAP"); // the scan sees both sides
        for (String variable : read) {
            assertThat(SettingRegistry.byEnv(variable))
                    .as(variable + " is read but is not in the settings registry (nor docs/CONFIG.md)")
                    .isPresent();
        }
    }

    private static Set<Path> sources() throws IOException {
        Set<Path> sources = new TreeSet<>();
        sources.add(ROOT.resolve("dotportion"));
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path main : modules.map(m -> m.resolve("src/main"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> f.toString().matches(".*\\.(java|xml|sh|properties)$"))
                            .forEach(sources::add);
                }
            }
        }
        Path bin = ROOT.resolve("bin");
        if (Files.isDirectory(bin)) {
            try (Stream<Path> files = Files.walk(bin)) {
                files.filter(Files::isRegularFile).forEach(sources::add);
            }
        }
        return sources;
    }
}
