package io.dotportion.server.metrics;

/**
 * How the gateway names the deployed route a request matched, for {@link RequestMetrics} to time it under
 * the workflow's path template and project id rather than the raw path. The request filter and the gateway
 * run on the same thread, one request after the other: the filter clears this thread's slot before the
 * request and reads it after; the gateway fills it once it matched a route. One slot per thread (a
 * connection's), reused by its requests: naming a route allocates nothing.
 */
public final class GatewayMetrics {
    private final HttpTimers http;
    private final ThreadLocal<Slot> slots = ThreadLocal.withInitial(Slot::new);

    static final class Slot {
        StatusTimers matched;
    }

    GatewayMetrics(HttpTimers http) {
        this.http = http;
    }

    /** The request on this thread is served by the deployed route {@code template} of {@code projectId}. */
    public void matched(String projectId, String template) {
        slots.get().matched = http.deployed(projectId, template);
    }

    /** Clears this thread's slot before a request and returns it (the filter's side). */
    Slot begin() {
        Slot slot = slots.get();
        slot.matched = null;
        return slot;
    }
}
