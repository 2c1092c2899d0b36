package io.dotportion.store.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The embedded store running in a child JVM, so that a test can kill it with SIGKILL. */
final class StoreProcess implements AutoCloseable {
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final int port;

    private StoreProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static StoreProcess start(Path dataDir, Path logFile, long compactIntervalMs) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedStoreMain.class.getName(),
                        dataDir.toString(),
                        Long.toString(compactIntervalMs)))
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            return new StoreProcess(process, readPort(process));
        } catch (Exception e) {
            process.destroyForcibly().waitFor();
            throw e;
        }
    }

    private static int readPort(Process process) throws Exception {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("PORT ")) {
                        return Integer.parseInt(line.substring(5).trim());
                    }
                }
                throw new IllegalStateException("the store process ended before it printed its port");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return port.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no final commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Clean stop: closing stdin makes the child close the store. */
    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
