package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release launcher resolves the heap (jvm.heap) as serve resolves every setting: the flag over the
 * variable over the config file key over 512m. Its JVM is a stand-in that prints the arguments it gets.
 */
class LauncherHeapTest {
    private static final Path LAUNCHER = Path.of("src/dist/bin/dotportion").toAbsolutePath();

    @TempDir
    Path dir;

    private Path javaHome;

    @BeforeEach
    void a_java_that_prints_its_arguments() throws IOException {
        javaHome = dir.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                for a in "$@"; do
                  [ "$a" = -XshowSettings:properties ] && { echo "    java.specification.version = 21"; exit 0; }
                done
                printf '%s\\n' "$@"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void without_a_setting_the_heap_is_512m() throws Exception {
        assertThat(heap(Map.of(), "serve")).isEqualTo("512m");
    }

    @Test
    void the_config_file_key_sets_the_heap_in_nested_yaml_flat_yaml_and_properties() throws Exception {
        assertThat(heap(Map.of(), "serve", "--config", file("a.yaml", "jvm:\n  heap: 1g # more\nserver:\n  port: 1\n")))
                .isEqualTo("1g");
        assertThat(heap(Map.of(), "serve", "--config=" + file("b.yaml", "jvm.heap: \"2g\"\n")))
                .isEqualTo("2g");
        assertThat(heap(Map.of(), "serve", "--config", file("c.properties", "jvm.heap=768m\n")))
                .isEqualTo("768m");
        assertThat(heap(Map.of("DOTPORTION_CONFIG", file("d.properties", "jvm.heap = 640m\n")), "serve"))
                .isEqualTo("640m");
    }

    @Test
    void a_commented_key_leaves_the_default() throws Exception {
        assertThat(heap(Map.of(), "serve", "--config", file("e.yaml", "#jvm:\n#  heap: 9g\njvm:\n  #heap: 8g\n")))
                .isEqualTo("512m");
    }

    @Test
    void the_flag_wins_over_the_variable_and_the_variable_over_the_file() throws Exception {
        String config = file("f.yaml", "jvm:\n  heap: 1g\n");
        assertThat(heap(Map.of("DOTPORTION_HEAP", "300m"), "serve", "--config", config))
                .isEqualTo("300m");
        assertThat(heap(Map.of("DOTPORTION_HEAP", "300m"), "serve", "--heap", "4g", "--config", config))
                .isEqualTo("4g");
    }

    @Test
    void a_heap_flag_in_the_java_options_replaces_the_setting() throws Exception {
        List<String> args = run(Map.of("DOTPORTION_JAVA_OPTS", "-Xmx3g"), "serve", "--heap", "1g");
        assertThat(args).contains("-Xmx3g").doesNotContain("-Xmx1g", "-Xms1g");
    }

    @Test
    void a_heap_that_is_not_a_size_stops_the_start_naming_the_setting_and_its_origin() throws Exception {
        List<String> out = run(Map.of(), "serve", "--config", file("g.yaml", "jvm:\n  heap: lots\n"));
        assertThat(String.join("\n", out))
                .contains("jvm.heap (from jvm.heap in ")
                .contains("\"lots\" is not allowed")
                .doesNotContain("-Xmx");
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private String heap(Map<String, String> env, String... args) throws Exception {
        List<String> out = run(env, args);
        List<String> heaps = out.stream()
                .filter(a -> a.startsWith("-Xmx"))
                .map(a -> a.substring(4))
                .toList();
        assertThat(out).as("-Xms and -Xmx agree").contains("-Xms" + heaps.get(0));
        assertThat(heaps).hasSize(1);
        return heaps.get(0);
    }

    private List<String> run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("DOTPORTION_"));
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output.lines().toList();
    }
}
