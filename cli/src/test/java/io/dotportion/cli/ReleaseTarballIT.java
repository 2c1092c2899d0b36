package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as a user gets it: the tarball `verify` wrote (as ./dotportion dist does), unpacked into an empty
 * directory outside the source tree and run from there with only a Java on PATH: it starts, signs a user up,
 * deploys a workflow with a script and serves it, and its first lines are its own.
 */
class ReleaseTarballIT {
    private static final Path TARBALL = Path.of(System.getProperty("dotportion.release.tarball", "missing"));
    private static final String VERSION = TARBALL.getFileName().toString().replaceAll("^dotportion-|\\.tar\\.gz$", "");

    @TempDir
    Path dir;

    @Test
    void the_unpacked_tarball_serves_a_deployed_workflow_with_only_a_java_on_the_path() throws Exception {
        assertThat(TARBALL).as("the release tarball of this build").isRegularFile();
        UnpackedRelease release = UnpackedRelease.unpack(TARBALL, dir);
        assertLayout(release.home());
        assertThat(release.path())
                .allSatisfy(d -> assertThat(d.resolve("mvn")).doesNotExist())
                .allSatisfy(d -> assertThat(d.resolve("npm")).doesNotExist());

        assertThat(release.run("--version").strip())
                .matches("dotportion " + VERSION.replace(".", "\\.") + " \\(commit ([0-9a-f]{7,40}|unknown)\\)");

        int port = freePort();
        Path log = dir.resolve("serve.log");
        // the shipped example configuration (every key commented out) starts as the defaults;
        // generous script and run limits: the first run of a script warms the engine up, on a busy build machine too
        Process serve = release.start(
                log,
                Map.of(),
                "serve",
                "--config",
                release.home().resolve("conf/dotportion.yaml").toString(),
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--access-log",
                "--script-timeout-ms",
                "20000",
                "--execution-timeout-ms",
                "30000");
        try {
            servesADeployedWorkflow(release, serve, new ApiClient(port), log);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nthe release's output:\n" + output(log), e);
        } finally {
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    private static void servesADeployedWorkflow(UnpackedRelease release, Process serve, ApiClient api, Path log)
            throws IOException {
        Poll.until(
                Duration.ofSeconds(120), () -> healthy(api), ok -> ok || !serve.isAlive(), "the release to be healthy");
        assertThat(serve.isAlive()).as("the release is running").isTrue();

        assertThat(api.get("/health", null).expect(200).map()).containsEntry("version", VERSION);
        assertThat(release.workDir().resolve("data/store.mv"))
                .as("data in ./data of where it runs")
                .isRegularFile();

        String token = api.newUser("release");
        String projectId = api.newProject(token, "shop");
        api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("adult-check.json")));
        String people = "/api/" + api.username(token) + "/shop/people";
        assertThat(api.post(people, Map.of("name", "ada", "age", 36), null)
                        .expect(200)
                        .map())
                .containsEntry("welcome", "ADA");

        if (webJarHasTheUi(release.home())) {
            ApiResponse page = api.get("/", null).expect(200);
            assertThat(page.text()).containsIgnoringCase("<!doctype html");
        }
        Poll.until(
                Duration.ofSeconds(10),
                () -> output(log),
                out -> out.contains("POST " + people + " 200"),
                "the access log line");
        assertStartsWithItsOwnLines(output(log));
    }

    @Test
    void the_zip_holds_the_same_release() throws IOException {
        Path zip = TARBALL.resolveSibling("dotportion-" + VERSION + ".zip");
        assertThat(zip).as("the release zip of this build").isRegularFile();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String home = "dotportion-" + VERSION + "/";
            assertThat(Stream.of("bin/dotportion", "conf/dotportion.yaml", "LICENSE", "README")
                            .map(name -> archive.getEntry(home + name)))
                    .doesNotContainNull();
            assertThat(archive.getEntry(home + "lib/dotportion-cli-" + VERSION + ".jar"))
                    .isNotNull();
        }
    }

    private static void assertLayout(Path home) throws IOException {
        assertThat(home.getFileName()).hasToString("dotportion-" + VERSION);
        assertThat(home.resolve("bin/dotportion")).isExecutable();
        assertThat(home.resolve("conf/dotportion.yaml")).isRegularFile();
        assertThat(home.resolve("LICENSE")).isRegularFile();
        assertThat(home.resolve("README")).isRegularFile();
        assertThat(jars(home.resolve("lib")))
                .contains("dotportion-cli-" + VERSION + ".jar", "dotportion-web-" + VERSION + ".jar")
                .anyMatch(jar -> jar.startsWith("truffle-compiler-"))
                .anyMatch(jar -> jar.startsWith("js-language-"));
        assertThat(jars(home.resolve("lib/graal"))).anyMatch(jar -> jar.startsWith("compiler-"));
        Path builtUi = Path.of("../ui/dist/index.html");
        if (Files.isRegularFile(builtUi)) {
            assertThat(webJarHasTheUi(home))
                    .as("the web UI this build made is in the release")
                    .isTrue();
        }
    }

    /** Before the line that says it serves: the product's own log lines only (no logback status, no JVM warning). */
    private static void assertStartsWithItsOwnLines(String output) {
        List<String> lines = output.lines().toList();
        int serving = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("DotPortion is serving"))
                .findFirst()
                .orElseThrow());
        assertThat(lines.subList(0, serving))
                .isNotEmpty()
                .allMatch(
                        line -> line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (TRACE|DEBUG|INFO|WARN|ERROR) +\\S+ - .*"),
                        "a DotPortion log line");
    }

    private static boolean webJarHasTheUi(Path home) throws IOException {
        try (JarFile web = new JarFile(
                home.resolve("lib/dotportion-web-" + VERSION + ".jar").toFile())) {
            return web.getEntry("META-INF/resources/dotportion-ui/index.html") != null;
        }
    }

    private static List<String> jars(Path lib) throws IOException {
        try (Stream<Path> files = Files.list(lib)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".jar"))
                    .toList();
        }
    }

    private static boolean healthy(ApiClient api) {
        try {
            return api.get("/health", null).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String output(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
