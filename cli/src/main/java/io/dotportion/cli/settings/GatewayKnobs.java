package io.dotportion.cli.settings;

import static io.dotportion.cli.settings.ValueTypes.duration;
import static io.dotportion.cli.settings.ValueTypes.integer;

import io.dotportion.server.gateway.GatewaySettings;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/** The runtime gateway: CORS, proxies, rate limiting, forms and renamed projects; defaults are the gateway's. */
public final class GatewayKnobs {
    private static final GatewaySettings D = GatewaySettings.defaults();

    public static final Setting<Duration> CORS_MAX_AGE = gateway(
            "gateway.cors-max-age",
            "--cors-max-age",
            duration("0s", "1d"),
            ValueTypes.text(D.corsMaxAge()),
            "How long a browser may cache a CORS preflight answer (`Access-Control-Max-Age`).",
            (g, v) -> new GatewaySettings(
                    v, g.trustedProxies(), g.blockedCacheSize(), g.maxFormParts(), g.slugRedirectPeriod()));

    public static final Setting<Integer> TRUSTED_PROXIES = gateway(
            "gateway.trusted-proxies",
            "--trusted-proxies",
            integer(0, 32),
            String.valueOf(D.trustedProxies()),
            "How many proxies (load balancers) in front append to `X-Forwarded-For`; rate limits then key by the "
                    + "client address they saw (0: the socket's peer).",
            GatewaySettings::withTrustedProxies);

    public static final Setting<Integer> BLOCKED_CACHE_SIZE = gateway(
            "gateway.rate-limit-blocked-cache",
            "--rate-limit-blocked-cache",
            integer(0, 10_000_000),
            String.valueOf(D.blockedCacheSize()),
            "Clients over their rate limit an instance remembers, to refuse them without a store round trip.",
            (g, v) -> new GatewaySettings(
                    g.corsMaxAge(), g.trustedProxies(), v, g.maxFormParts(), g.slugRedirectPeriod()));

    public static final Setting<Integer> MAX_FORM_PARTS = gateway(
            "gateway.max-form-parts",
            "--max-form-parts",
            integer(1, 100_000),
            String.valueOf(D.maxFormParts()),
            "Parts (fields and files) a `multipart/form-data` body may have.",
            GatewaySettings::withMaxFormParts);

    public static final Setting<Duration> SLUG_REDIRECT_PERIOD = gateway(
            "gateway.slug-redirect-period",
            "--slug-redirect-period",
            duration("0s", "3650d"),
            ValueTypes.text(D.slugRedirectPeriod()),
            "How long a renamed project's old slug answers 308 to the new one.",
            GatewaySettings::withSlugRedirectPeriod);

    private GatewayKnobs() {}

    static List<Setting<?>> all() {
        return List.of(CORS_MAX_AGE, TRUSTED_PROXIES, BLOCKED_CACHE_SIZE, MAX_FORM_PARTS, SLUG_REDIRECT_PERIOD);
    }

    private static <T> Setting<T> gateway(
            String key,
            String flag,
            ValueType<T> type,
            String defaultText,
            String description,
            BiFunction<GatewaySettings, T, GatewaySettings> change) {
        return Setting.serve(
                key, flag, type, defaultText, description, (b, v) -> b.gateway(change.apply(b.gateway(), v)));
    }
}
