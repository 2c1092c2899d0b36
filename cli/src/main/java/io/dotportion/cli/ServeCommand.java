package io.dotportion.cli;

import io.dotportion.cli.settings.SettingsException;
import io.dotportion.cli.settings.SettingsResolver;
import io.dotportion.secrets.key.MasterKeyException;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dotportion serve}: the whole product on one port. Its flags come from the settings registry
 * ({@link ServeFlags}); each setting can also be an environment variable or a config file key (docs/CONFIG.md).
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        modelTransformer = ServeFlags.class,
        description = {
            "Start DotPortion (embedded store unless --mongo-url / DOTPORTION_MONGO_URL is set).",
            "Every setting is a flag, an environment variable and a key of the --config file (YAML or "
                    + "properties); a flag wins over a variable, a variable over the file (docs/CONFIG.md).",
            "Master key: DOTPORTION_MASTER_KEY (base64 of 32 bytes) or --master-key-file; with neither, "
                    + "<data>/master.key, generated (owner-only) on first start."
        })
final class ServeCommand implements Callable<Integer> {
    static final int BAD_SETTINGS = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    LogOptions logs;

    @Override
    public Integer call() throws Exception {
        Logging.install(spec, logs.accessLog, Main.environment(spec));
        PrintWriter err = spec.commandLine().getErr();
        PlatformConfig config;
        try {
            config = SettingsResolver.serve()
                    .resolve(ServeFlags.given(spec), Main.environment(spec))
                    .platformConfig();
        } catch (SettingsException e) {
            e.problems().forEach(problem -> err.println("dotportion: " + problem));
            err.flush();
            return BAD_SETTINGS;
        }
        Platform platform;
        try {
            platform = Platform.start(config);
        } catch (MasterKeyException e) {
            err.println("dotportion: " + e.getMessage());
            err.flush();
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
                platform.port(), config.mongoUrl() == null ? "embedded" : "external MongoDB", config.dataDir());
        stopped.await();
        return 0;
    }
}
