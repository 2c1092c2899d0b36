package io.dotportion.cli.settings;

import static io.dotportion.cli.settings.ValueTypes.duration;
import static io.dotportion.cli.settings.ValueTypes.integer;
import static io.dotportion.cli.settings.ValueTypes.text;

import io.dotportion.nodes.mongo.MongoPoolSettings;
import io.dotportion.server.auth.LoginThrottle;
import io.dotportion.server.auth.LoginThrottle.Rule;
import io.dotportion.server.auth.LoginThrottle.Settings;
import io.dotportion.server.wiring.HttpTimeouts;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Login throttling, the HTTP server's waits on its clients, and the clients of users' own databases. */
public final class ConnectionKnobs {
    private static final Settings LOGIN = LoginThrottle.Settings.defaults();
    private static final HttpTimeouts HTTP = HttpTimeouts.defaults();
    private static final MongoPoolSettings POOL = MongoPoolSettings.defaults();

    private ConnectionKnobs() {}

    static List<Setting<?>> all() {
        return List.of(
                freeFailures(
                        "account", Settings::account, (s, r) -> new Settings(r, s.address(), s.pair(), s.memory())),
                maxDelay("account", Settings::account, (s, r) -> new Settings(r, s.address(), s.pair(), s.memory())),
                freeFailures(
                        "address", Settings::address, (s, r) -> new Settings(s.account(), r, s.pair(), s.memory())),
                maxDelay("address", Settings::address, (s, r) -> new Settings(s.account(), r, s.pair(), s.memory())),
                freeFailures("pair", Settings::pair, (s, r) -> new Settings(s.account(), s.address(), r, s.memory())),
                maxDelay("pair", Settings::pair, (s, r) -> new Settings(s.account(), s.address(), r, s.memory())),
                Setting.serve(
                        "login-throttle.memory",
                        "--login-throttle-memory",
                        duration("1s", "30d"),
                        text(LOGIN.memory()),
                        "A throttled account or address forgets its failures this long after the last one.",
                        (b, v) -> b.loginThrottle(new Settings(
                                b.loginThrottle().account(),
                                b.loginThrottle().address(),
                                b.loginThrottle().pair(),
                                v))),
                http(
                        "read-timeout",
                        HTTP.read(),
                        "The longest wait for the next bytes of a request once it has begun.",
                        (t, v) -> new HttpTimeouts(v, t.idle(), t.idleCheck())),
                http(
                        "idle-timeout",
                        HTTP.idle(),
                        "How long a connection may wait for its next request.",
                        (t, v) -> new HttpTimeouts(t.read(), v, t.idleCheck())),
                http(
                        "idle-check",
                        HTTP.idleCheck(),
                        "How often connections are checked against the idle timeout.",
                        (t, v) -> new HttpTimeouts(t.read(), t.idle(), v)),
                pool(
                        "server-selection-timeout",
                        POOL.serverSelectionTimeout(),
                        "How long a request waits for a usable server of a user's database before it is unreachable.",
                        (p, v) -> new MongoPoolSettings(
                                v, p.connectTimeout(), p.socketTimeout(), p.maxPoolSize(), p.idleTimeout())),
                pool(
                        "connect-timeout",
                        POOL.connectTimeout(),
                        "How long opening one connection may take.",
                        (p, v) -> new MongoPoolSettings(
                                p.serverSelectionTimeout(), v, p.socketTimeout(), p.maxPoolSize(), p.idleTimeout())),
                pool(
                        "socket-timeout",
                        POOL.socketTimeout(),
                        "How long one read may wait (the query limit ends " + "queries first).",
                        (p, v) -> new MongoPoolSettings(
                                p.serverSelectionTimeout(), p.connectTimeout(), v, p.maxPoolSize(), p.idleTimeout())),
                pool(
                        "idle-timeout",
                        POOL.idleTimeout(),
                        "A client of a user's database unused this long is closed.",
                        (p, v) -> new MongoPoolSettings(
                                p.serverSelectionTimeout(), p.connectTimeout(), p.socketTimeout(), p.maxPoolSize(), v)),
                Setting.serve(
                        "user-databases.max-pool-size",
                        "--user-db-max-pool-size",
                        integer(1, 1000),
                        String.valueOf(POOL.maxPoolSize()),
                        "Connections per client of a user's database (per secret version).",
                        (b, v) -> {
                            MongoPoolSettings p = b.userDatabases();
                            b.userDatabases(new MongoPoolSettings(
                                    p.serverSelectionTimeout(),
                                    p.connectTimeout(),
                                    p.socketTimeout(),
                                    v,
                                    p.idleTimeout()));
                        }));
    }

    private static Setting<Integer> freeFailures(
            String kind, Function<Settings, Rule> rule, BiFunction<Settings, Rule, Settings> change) {
        return Setting.serve(
                "login-throttle." + kind + "-free-failures",
                "--login-" + kind + "-free-failures",
                integer(0, 1000),
                String.valueOf(rule.apply(LOGIN).freeFailures()),
                "Failed logins per " + kind + " before each further one makes it wait.",
                (b, v) -> {
                    Rule r = rule.apply(b.loginThrottle());
                    b.loginThrottle(change.apply(b.loginThrottle(), new Rule(v, r.firstDelay(), r.maxDelay())));
                });
    }

    private static Setting<Duration> maxDelay(
            String kind, Function<Settings, Rule> rule, BiFunction<Settings, Rule, Settings> change) {
        Rule d = rule.apply(LOGIN);
        return Setting.serve(
                "login-throttle." + kind + "-max-delay",
                "--login-" + kind + "-max-delay",
                duration(d.firstDelay(), Duration.ofDays(1)),
                text(d.maxDelay()),
                "The longest wait per " + kind + " (the wait starts at " + text(d.firstDelay()) + " and doubles).",
                (b, v) -> {
                    Rule r = rule.apply(b.loginThrottle());
                    b.loginThrottle(change.apply(b.loginThrottle(), new Rule(r.freeFailures(), r.firstDelay(), v)));
                });
    }

    private static Setting<Duration> http(
            String name,
            Duration defaultValue,
            String description,
            BiFunction<HttpTimeouts, Duration, HttpTimeouts> f) {
        return Setting.serve(
                "http." + name,
                "--http-" + name,
                duration("1s", "1h"),
                text(defaultValue),
                description,
                (b, v) -> b.httpTimeouts(f.apply(b.httpTimeouts(), v)));
    }

    private static Setting<Duration> pool(
            String name,
            Duration defaultValue,
            String description,
            BiFunction<MongoPoolSettings, Duration, MongoPoolSettings> f) {
        return Setting.serve(
                "user-databases." + name,
                "--user-db-" + name,
                duration("100ms", "1d"),
                text(defaultValue),
                description,
                (b, v) -> b.userDatabases(f.apply(b.userDatabases(), v)));
    }
}
