package io.dotportion.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The release tarball unpacked into an empty directory outside the source tree, run as a user would: from a
 * directory of its own, with only a Java on {@code PATH} (a directory of links to the test JVM's {@code java} and the
 * few shell tools bin/dotportion uses; no Maven, no npm, no {@code JAVA_HOME}).
 */
final class UnpackedRelease {
    /** What bin/dotportion runs besides java: its interpreter and the tools it calls. */
    private static final List<String> TOOLS = List.of("bash", "dirname", "readlink", "sed", "head", "cut");

    private final Path home;
    private final Path path;
    private final Path workDir;

    private UnpackedRelease(Path home, Path path, Path workDir) {
        this.home = home;
        this.path = path;
        this.workDir = workDir;
    }

    static UnpackedRelease unpack(Path tarball, Path into) throws IOException, InterruptedException {
        Path unpacked = Files.createDirectories(into.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", unpacked.toString())
                .inheritIO()
                .start();
        if (!tar.waitFor(2, TimeUnit.MINUTES) || tar.exitValue() != 0) {
            throw new AssertionError("tar could not unpack " + tarball);
        }
        try (var top = Files.list(unpacked)) {
            Path home = top.findFirst().orElseThrow(() -> new AssertionError("the tarball is empty"));
            return new UnpackedRelease(
                    home, javaOnlyPath(into.resolve("path")), Files.createDirectories(into.resolve("run")));
        }
    }

    private static Path javaOnlyPath(Path dir) throws IOException {
        Files.createDirectories(dir);
        command(dir, "java", Path.of(ProcessHandle.current().info().command().orElseThrow()));
        for (String tool : TOOLS) {
            Path found = Stream.of(Path.of("/usr/bin", tool), Path.of("/bin", tool))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + tool + " on this machine"));
            command(dir, tool, found);
        }
        return dir;
    }

    /** {@code dir/name}: a two-line script that runs {@code target} (a link would outlive the temporary directory). */
    private static void command(Path dir, String name, Path target) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\nexec '" + target + "' \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    Path home() {
        return home;
    }

    /** The directory the release runs in (its default data directory is ./data there). */
    Path workDir() {
        return workDir;
    }

    /** The directories of {@code PATH} in the release's environment. */
    List<Path> path() {
        return List.of(path);
    }

    /** {@code bin/dotportion args...} from {@link #workDir()}, its output (standard error too) in {@code log}. */
    Process start(Path log, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(home.resolve("bin/dotportion").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet()
                .removeIf(
                        name -> name.equals("JAVA_HOME") || name.startsWith("MAVEN") || name.startsWith("DOTPORTION_"));
        env.put("PATH", path.toString());
        env.putAll(environment);
        return builder.start();
    }

    /** Runs {@code bin/dotportion args...} to its end and returns its output. */
    String run(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile(workDir.getParent(), "run", ".log");
        Process process = start(log, Map.of(), args);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/dotportion " + String.join(" ", args) + " did not finish");
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
