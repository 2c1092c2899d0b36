package io.dotportion.cli;

import io.dotportion.core.testing.Poll;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code dotportion serve} in a child JVM on a shared store, with the given master key; closed by destroying it. */
final class ChildServer implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;

    private ChildServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static ChildServer start(Path dir, String mongoUrl, String masterKey) throws IOException {
        int port = freePort();
        return serve(
                dir,
                port,
                List.of(
                        "--host",
                        "127.0.0.1",
                        "--port",
                        String.valueOf(port),
                        "--data",
                        dir.resolve("child").toString()),
                Map.of("DOTPORTION_MONGO_URL", mongoUrl, "DOTPORTION_MASTER_KEY", masterKey));
    }

    /** {@code dotportion serve ARGS} with these variables added to the environment, expected on {@code port}. */
    static ChildServer serve(Path dir, int port, List<String> args, Map<String, String> env) throws IOException {
        Path log = dir.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-Dpolyglot.engine.WarnInterpreterOnly=false",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve"));
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        ChildServer child = new ChildServer(builder.start(), log, port);
        Poll.until(
                Duration.ofSeconds(90),
                child::healthy,
                ok -> ok || !child.process.isAlive(),
                "the child server to be healthy or to stop");
        if (!child.process.isAlive()) {
            throw new AssertionError("the child server stopped; its log:\n" + child.output());
        }
        return child;
    }

    int port() {
        return port;
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private boolean healthy() {
        try {
            return new Http(port).call("GET", "/health", null, null).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
