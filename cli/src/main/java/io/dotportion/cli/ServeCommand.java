package io.dotportion.cli;

import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dotportion serve}: the whole product on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start DotPortion (embedded store unless DOTPORTION_MONGO_URL is set).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", defaultValue = "./data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--mongo-url", defaultValue = "${env:DOTPORTION_MONGO_URL}",
            description = "MongoDB connection string; default: $DOTPORTION_MONGO_URL, else the embedded store in the data directory.")
    String mongoUrl;

    @Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws Exception {
        Logging.install();
        PlatformConfig config = PlatformConfig.defaults(data.toAbsolutePath().normalize())
                .withHost(host).withPort(port).withMongoUrl(mongoUrl).withLimits(limits.toLimits());
        Platform platform = Platform.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "dotportion-shutdown"));
        System.out.printf("DotPortion is serving on http://localhost:%d (store: %s, data: %s)%n", platform.port(),
                mongoUrl == null || mongoUrl.isBlank() ? "embedded" : "external MongoDB", config.dataDir());
        stopped.await();
        return 0;
    }
}
