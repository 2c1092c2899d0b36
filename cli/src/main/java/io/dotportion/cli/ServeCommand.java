package io.dotportion.cli;

import io.dotportion.secrets.key.MasterKeyException;
import io.dotportion.server.gateway.GatewaySettings;
import io.dotportion.server.wiring.MasterKeyConfig;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dotportion serve}: the whole product on one port. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start DotPortion (embedded store unless DOTPORTION_MONGO_URL is set).",
            "Master key: DOTPORTION_MASTER_KEY (base64 of 32 bytes) or --master-key-file; with neither, "
                    + "<data>/master.key, generated (owner-only) on first start."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", defaultValue = "./data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--mongo-url",
            defaultValue = "${env:DOTPORTION_MONGO_URL}",
            description =
                    "MongoDB connection string; default: $DOTPORTION_MONGO_URL, else the embedded store in the data directory.")
    String mongoUrl;

    @Option(
            names = "--master-key-file",
            description = "File with the master key (base64 of 32 bytes); instead of DOTPORTION_MASTER_KEY.")
    Path masterKeyFile;

    @Option(
            names = "--previous-master-key-file",
            description =
                    "The master key a rotation is moving away from: opens project keys still wrapped by it while servers roll over.")
    Path previousMasterKeyFile;

    @Option(
            names = "--trusted-proxies",
            defaultValue = "${env:DOTPORTION_TRUSTED_PROXIES:-0}",
            description =
                    "How many proxies (load balancers) in front append to X-Forwarded-For; rate limits then key by "
                            + "the client address they saw (default: $DOTPORTION_TRUSTED_PROXIES, else 0: the socket's peer).")
    int trustedProxies;

    @Option(
            names = "--egress-allow",
            defaultValue = "${env:DOTPORTION_EGRESS_ALLOW}",
            description = "Comma-separated CIDRs, hosts and host:ports that tenants' connections (mongodb secrets) may "
                    + "reach besides public addresses; loopback, private and link-local ones are refused otherwise, "
                    + "the platform's own store always (default: $DOTPORTION_EGRESS_ALLOW).")
    String egressAllow;

    @Mixin
    LimitOptions limits;

    @Mixin
    LogOptions logs;

    @Override
    public Integer call() throws Exception {
        Logging.install(spec, logs.accessLog, System.getenv());
        MasterKeyConfig masterKey = MasterKeyConfig.none()
                .withEnvironmentValue(System.getenv(MasterKeyConfig.ENVIRONMENT_VARIABLE))
                .withKeyFile(masterKeyFile)
                .withPreviousKeyFile(previousMasterKeyFile);
        PlatformConfig config = PlatformConfig.defaults(data.toAbsolutePath().normalize())
                .withHost(host)
                .withPort(port)
                .withMongoUrl(mongoUrl)
                .withLimits(limits.toLimits())
                .withMasterKey(masterKey)
                .withGateway(GatewaySettings.defaults().withTrustedProxies(trustedProxies));
        try {
            config = config.withEgressAllow(egressAllow);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dotportion: --egress-allow: " + e.getMessage());
            return 2;
        }
        Platform platform;
        try {
            platform = Platform.start(config);
        } catch (MasterKeyException e) {
            spec.commandLine().getErr().println("dotportion: " + e.getMessage());
            return MasterKeyRotateCommand.MASTER_KEY_FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            platform.close();
                            stopped.countDown();
                        },
                        "dotportion-shutdown"));
        System.out.printf(
                "DotPortion is serving on http://localhost:%d (store: %s, data: %s)%n",
                platform.port(),
                mongoUrl == null || mongoUrl.isBlank() ? "embedded" : "external MongoDB",
                config.dataDir());
        stopped.await();
        return 0;
    }
}
