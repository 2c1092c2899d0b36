package io.dotportion.cli.settings;

import static io.dotportion.cli.settings.ValueTypes.duration;
import static io.dotportion.cli.settings.ValueTypes.integer;
import static io.dotportion.cli.settings.ValueTypes.text;

import io.dotportion.secrets.vault.VaultSettings;
import io.dotportion.server.cluster.ClusterSettings;
import io.dotportion.server.execution.LogPolicy;
import io.dotportion.server.wiring.PlatformConfigBuilder;
import io.dotportion.store.log.ExecutionLogSettings;
import java.util.List;
import java.util.function.BiConsumer;

/** The execution log's sampling and queue, how instances follow each other, and the secret vault's bounds. */
public final class BackgroundKnobs {
    private static final ExecutionLogSettings LOG = ExecutionLogSettings.defaults();
    private static final ClusterSettings CLUSTER = ClusterSettings.defaults();
    private static final VaultSettings VAULT = VaultSettings.defaults();

    public static final Setting<Integer> TRACES_PER_SECOND = Setting.serve(
            "execution-log.traces-per-second",
            "--log-traces-per-second",
            integer(0, 1_000_000),
            String.valueOf(LogPolicy.DEFAULT_TRACES_PER_SECOND),
            "Successful runs per workflow and second that keep a full trace when the workflow sets no log mode; "
                    + "the others are kept as summaries.",
            PlatformConfigBuilder::tracesPerSecond);

    private BackgroundKnobs() {}

    static List<Setting<?>> all() {
        return List.of(
                TRACES_PER_SECOND,
                log(
                        "queue-capacity",
                        "--log-queue-capacity",
                        integer(1, 10_000_000),
                        String.valueOf(LOG.capacity()),
                        "Finished executions waiting to be written at most; beyond it new ones are dropped (and counted).",
                        (b, v) -> b.executionLog(b.executionLog().withCapacity(v))),
                log(
                        "sample-above",
                        "--log-sample-above",
                        ValueTypes.fraction(),
                        String.valueOf(LOG.highWaterFraction()),
                        "Share of the queue waiting above which successful runs picked for a trace are sampled "
                                + "(failed runs are always kept in full); 1 never samples.",
                        (b, v) -> b.executionLog(b.executionLog()
                                .withSampling(v, b.executionLog().maxSampleEvery()))),
                log(
                        "max-sample-every",
                        "--log-max-sample-every",
                        integer(2, 1_000_000),
                        String.valueOf(LOG.maxSampleEvery()),
                        "With a full queue one such run in this many keeps its trace.",
                        (b, v) -> b.executionLog(
                                b.executionLog().withSampling(b.executionLog().highWaterFraction(), v))),
                cluster(
                        "poll-interval",
                        duration("10ms", "1m"),
                        text(CLUSTER.pollInterval()),
                        "How often an instance reads the changes other instances on the same store made.",
                        (b, v) -> {
                            ClusterSettings c = b.cluster();
                            b.cluster(new ClusterSettings(
                                    v, c.gapWait(), c.batch(), c.changeRetention(), c.sweepInterval()));
                        }),
                cluster(
                        "batch",
                        integer(1, 100_000),
                        String.valueOf(CLUSTER.batch()),
                        "Changes read per poll.",
                        (b, v) -> {
                            ClusterSettings c = b.cluster();
                            b.cluster(new ClusterSettings(
                                    c.pollInterval(), c.gapWait(), v, c.changeRetention(), c.sweepInterval()));
                        }),
                cluster(
                        "change-retention",
                        duration("1m", "30d"),
                        text(CLUSTER.changeRetention()),
                        "How long changes stay in the change log.",
                        (b, v) -> {
                            ClusterSettings c = b.cluster();
                            b.cluster(new ClusterSettings(
                                    c.pollInterval(), c.gapWait(), c.batch(), v, c.sweepInterval()));
                        }),
                cluster(
                        "sweep-interval",
                        duration("1s", "1d"),
                        text(CLUSTER.sweepInterval()),
                        "How often old changes and ended rate-limit windows are deleted.",
                        (b, v) -> {
                            ClusterSettings c = b.cluster();
                            b.cluster(new ClusterSettings(
                                    c.pollInterval(), c.gapWait(), c.batch(), c.changeRetention(), v));
                        }),
                vault(
                        "max-environments",
                        "--max-environments",
                        integer(2, 1000),
                        String.valueOf(VAULT.maxEnvironments()),
                        "Environments a project may have, `live` and `test` included.",
                        (b, v) -> b.masterKey(
                                b.masterKey().withVault(b.masterKey().vault().withMaxEnvironments(v)))),
                vault(
                        "max-value-bytes",
                        "--secret-max-value-bytes",
                        integer(VAULT.generatedJwtBytes(), 1 << 20),
                        String.valueOf(VAULT.maxValueBytes()),
                        "Largest secret value accepted.",
                        (b, v) -> {
                            VaultSettings s = b.masterKey().vault();
                            b.masterKey(b.masterKey()
                                    .withVault(new VaultSettings(
                                            s.changePollInterval(),
                                            v,
                                            s.minJwtBytes(),
                                            s.generatedJwtBytes(),
                                            s.maxGraceSeconds(),
                                            s.writeAttempts(),
                                            s.maxEnvironments())));
                        }));
    }

    private static <T> Setting<T> log(
            String name,
            String flag,
            ValueType<T> type,
            String defaultText,
            String description,
            BiConsumer<PlatformConfigBuilder, T> binding) {
        return Setting.serve("execution-log." + name, flag, type, defaultText, description, binding);
    }

    private static <T> Setting<T> cluster(
            String name,
            ValueType<T> type,
            String defaultText,
            String description,
            BiConsumer<PlatformConfigBuilder, T> binding) {
        return Setting.serve("cluster." + name, "--cluster-" + name, type, defaultText, description, binding);
    }

    private static <T> Setting<T> vault(
            String name,
            String flag,
            ValueType<T> type,
            String defaultText,
            String description,
            BiConsumer<PlatformConfigBuilder, T> binding) {
        return Setting.serve("secrets." + name, flag, type, defaultText, description, binding);
    }
}
