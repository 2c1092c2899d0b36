package io.dotportion.cli.settings;

import static io.dotportion.cli.settings.ValueTypes.duration;
import static io.dotportion.cli.settings.ValueTypes.longInteger;
import static io.dotportion.cli.settings.ValueTypes.text;

import io.dotportion.server.metrics.MetricsSettings;
import io.dotportion.server.wiring.MasterKeyConfig;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Path;
import java.util.List;

/** Where the server listens, its data, store and master key, and what tenants' connections may reach. */
public final class CoreSettings {
    public static final String DEFAULT_DATA = "./data";

    /** The config file itself: a flag or a variable, never a key (a file does not name another). */
    public static final Setting<Path> CONFIG = new Setting<>(
            null,
            "--config",
            "DOTPORTION_CONFIG",
            Scope.SERVE,
            ValueTypes.path(),
            null,
            "A config file (`.yaml`, `.yml` or `.properties`) with any of the keys listed in docs/CONFIG.md; an unknown key "
                    + "stops the start.",
            null);

    public static final Setting<String> HOST = Setting.serve(
            "server.host", "--host", text(), PlatformConfig.DEFAULT_HOST, "Address to listen on.", (b, v) -> b.host(v));

    public static final Setting<Integer> PORT = Setting.serve(
            "server.port",
            "--port",
            ValueTypes.integer(0, 65_535),
            String.valueOf(PlatformConfig.DEFAULT_PORT),
            "HTTP port; 0 picks a free one.",
            (b, v) -> b.port(v));

    public static final Setting<Path> DATA = Setting.serve(
            "server.data",
            "--data",
            ValueTypes.path(),
            DEFAULT_DATA,
            "Data directory: the embedded store, the generated master key.",
            (b, v) -> b.dataDir(v.toAbsolutePath().normalize()));

    public static final Setting<String> MONGO_URL = Setting.serve(
            "store.mongo-url",
            "--mongo-url",
            ValueTypes.connectionString(),
            null,
            "The platform's MongoDB; without it the embedded store in the data directory.",
            (b, v) -> b.mongoUrl(v));

    public static final Setting<String> DATABASE = Setting.serve(
            "store.database",
            "--database",
            ValueTypes.databaseName(),
            PlatformConfig.DEFAULT_DATABASE,
            "The platform's database in that MongoDB.",
            (b, v) -> b.database(v));

    public static final Setting<String> MASTER_KEY = Setting.serve(
                    "secrets.master-key",
                    "--master-key",
                    ValueTypes.masterKey(),
                    null,
                    "The master key itself (no flag: a command line is visible to other users). In a config file "
                            + "only when no other user can read that file (`chmod 600`). Not together with a key file.",
                    (b, v) -> b.masterKey(b.masterKey().withEnvironmentValue(v)))
            .withoutFlag()
            .withEnv(MasterKeyConfig.ENVIRONMENT_VARIABLE);

    public static final Setting<Path> MASTER_KEY_FILE = Setting.serve(
            "secrets.master-key-file",
            "--master-key-file",
            ValueTypes.path(),
            null,
            "File with the master key (base64 of 32 bytes, owner-only); with neither this nor the key, "
                    + "`<data>/master.key`, generated on first start.",
            (b, v) -> b.masterKey(b.masterKey().withKeyFile(v)));

    public static final Setting<Path> PREVIOUS_MASTER_KEY_FILE = Setting.serve(
            "secrets.previous-master-key-file",
            "--previous-master-key-file",
            ValueTypes.path(),
            null,
            "The master key a rotation is moving away from: opens project keys still wrapped by it while servers "
                    + "roll over.",
            (b, v) -> b.masterKey(b.masterKey().withPreviousKeyFile(v)));

    public static final Setting<io.dotportion.core.egress.AllowList> EGRESS_ALLOW = Setting.serve(
            "egress.allow",
            "--egress-allow",
            ValueTypes.allowList(),
            null,
            "Restricted destinations (loopback, private, link-local) tenants' connections may reach besides public "
                    + "addresses; never the platform's own store.",
            (b, v) -> b.egressAllow(v));

    public static final Setting<java.time.Duration> SESSION_TTL = Setting.serve(
            "auth.session-ttl",
            "--session-ttl",
            duration("1m", "365d"),
            ValueTypes.text(PlatformConfig.DEFAULT_SESSION_TTL),
            "How long a login session lasts.",
            (b, v) -> b.sessionTtl(v));

    public static final Setting<Long> API_MAX_BODY_BYTES = Setting.serve(
            "api.max-body-bytes",
            "--api-max-body-bytes",
            longInteger(1024, 1L << 30),
            String.valueOf(PlatformConfig.DEFAULT_API_BODY_BYTES),
            "Largest request body the management API (`/v1`) accepts.",
            (b, v) -> b.apiMaxBodyBytes(v));

    public static final Setting<java.time.Duration> SHUTDOWN_GRACE = Setting.serve(
            "server.shutdown-grace",
            "--shutdown-grace",
            duration("0s", "10m"),
            ValueTypes.text(PlatformConfig.DEFAULT_SHUTDOWN_GRACE),
            "How long running requests may finish when the server stops.",
            (b, v) -> b.shutdownGrace(v));

    private CoreSettings() {}

    public static final Setting<String> METRICS_TOKEN = Setting.serve(
                    "metrics.token",
                    "--metrics-token",
                    ValueTypes.secretText(),
                    null,
                    "Bearer token `GET /metrics` then requires (401 without it); none: anonymous. Prefer the variable "
                            + "or an owner-only config file: a flag shows in `ps`.",
                    (b, v) -> b.metrics(b.metrics().withToken(v)))
            .withEnv(MetricsSettings.TOKEN_ENV);

    public static final Setting<Integer> MANAGEMENT_PORT = Setting.serve(
                    "metrics.management-port",
                    "--management-port",
                    ValueTypes.integer(MetricsSettings.SAME_PORT, 65_535),
                    String.valueOf(MetricsSettings.SAME_PORT),
                    "Serve `GET /metrics` on this port instead of the HTTP port (0 picks a free one; -1: on the HTTP "
                            + "port).",
                    (b, v) -> b.metrics(b.metrics().withManagementPort(v)))
            .withEnv(MetricsSettings.MANAGEMENT_PORT_ENV);

    /**
     * The JVM's fixed heap: the launcher reads it (flag, variable or file key, in that order) before the JVM
     * starts; {@code serve} checks the value like any other and otherwise leaves it to the launcher.
     */
    public static final Setting<String> HEAP = Setting.serve(
            "jvm.heap",
            "--heap",
            ValueTypes.memorySize(),
            "512m",
            "The server JVM's fixed heap (`-Xms` and `-Xmx`), set by `bin/dotportion` before the JVM starts; a heap "
                    + "flag in `DOTPORTION_JAVA_OPTS` replaces it.",
            null);

    static List<Setting<?>> all() {
        return List.of(
                CONFIG,
                HOST,
                PORT,
                DATA,
                MONGO_URL,
                DATABASE,
                MASTER_KEY,
                MASTER_KEY_FILE,
                PREVIOUS_MASTER_KEY_FILE,
                EGRESS_ALLOW,
                SESSION_TTL,
                API_MAX_BODY_BYTES,
                SHUTDOWN_GRACE,
                METRICS_TOKEN,
                MANAGEMENT_PORT,
                HEAP);
    }
}
