package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers (the release's bin/dotportion and the checkout's scripts/find-jdk.sh) learn a JDK's version from
 * its {@code release} file, without starting a JVM for it (a few hundred milliseconds of every start), and ask the
 * JVM only when there is no such file. The JVM here is a stand-in that prints the arguments it gets, and notes in
 * a file of its JDK each time it is asked for its version.
 */
class LauncherJavaVersionTest {
    private static final Path LAUNCHER = Path.of("src/dist/bin/dotportion").toAbsolutePath();
    private static final Path FIND_JDK = Path.of("../scripts/find-jdk.sh").toAbsolutePath();

    @TempDir
    Path dir;

    private Path jdk(String name, String release, int askedVersion) throws IOException {
        Path home = dir.resolve(name);
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                for a in "$@"; do
                  [ "$a" = -XshowSettings:properties ] && { echo "    java.specification.version = %d"; echo asked >> "$(dirname "$0")/../asked"; exit 0; }
                done
                printf '%%s\\n' "$@"
                """.formatted(askedVersion));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(java, home.resolve("bin/javac"));
        if (release != null) {
            Files.writeString(home.resolve("release"), release);
        }
        return home;
    }

    @Test
    void the_release_file_gives_the_version_and_the_jvm_is_not_started_to_ask() throws Exception {
        Path home = jdk("jdk25", "IMPLEMENTOR=\"x\"\nJAVA_VERSION_DATE=\"2026-04-21\"\nJAVA_VERSION=\"25.0.3\"\n", 11);

        String out = run(home, "bash", LAUNCHER.toString(), "--version");

        assertThat(out).contains("--sun-misc-unsafe-memory-access=allow", "--version");
        assertThat(home.resolve("asked")).doesNotExist();
    }

    @Test
    void an_older_java_by_its_release_file_is_refused_with_its_version() throws Exception {
        Path jdk17 = jdk("jdk17", "JAVA_VERSION=\"17.0.15\"\n", 25);
        assertThat(run(jdk17, "bash", LAUNCHER.toString(), "--version"))
                .contains("needs Java 21 or newer", "is Java 17");
        assertThat(jdk17.resolve("asked")).doesNotExist();
        assertThat(run(jdk("jdk8", "JAVA_VERSION=\"1.8.0_292\"\n", 25), "bash", LAUNCHER.toString(), "--version"))
                .contains("needs Java 21 or newer", "is Java 8");
    }

    @Test
    void without_a_release_file_the_jvm_is_asked() throws Exception {
        Path bare = jdk("bare", null, 21);
        assertThat(run(bare, "bash", LAUNCHER.toString(), "--version"))
                .contains("--version")
                .doesNotContain("needs Java");
        assertThat(bare.resolve("asked")).exists();
        Path other = jdk("bare-old", "JAVA_VERSION_DATE=\"2021-01-01\"\n", 17);
        assertThat(run(other, "bash", LAUNCHER.toString())).contains("is Java 17");
        assertThat(other.resolve("asked")).exists();
    }

    @Test
    void the_checkouts_jdk_finder_reads_the_release_file_too() throws Exception {
        Path home = jdk("jdk22", "JAVA_VERSION=\"22\"\n", 11);

        String out =
                run(home, "bash", "-c", ". \"$0\" && echo \"major=$JAVA_MAJOR home=$JAVA_HOME\"", FIND_JDK.toString());

        assertThat(out).contains("major=22 home=" + home);
        assertThat(home.resolve("asked")).doesNotExist();
    }

    private static String run(Path javaHome, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("DOTPORTION_"));
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
