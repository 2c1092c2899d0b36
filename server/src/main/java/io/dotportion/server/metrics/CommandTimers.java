package io.dotportion.server.metrics;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code mongodb_driver_commands_seconds} of one client (the platform's, or a project's), by command and
 * status, with the names of Micrometer's {@code MongoMetricsCommandListener} but its timers resolved once
 * per command name and found by a map read: a command builds no tags. No collection or server address
 * labels (a tenant's collection names are unbounded, and hosts stay out of the metrics); past
 * {@value #MAX_COMMANDS} names further ones share {@code command="other"}.
 */
final class CommandTimers implements CommandListener {
    static final String NAME = "mongodb.driver.commands";
    static final int MAX_COMMANDS = 64;
    private final MeterRegistry registry;
    private final Tags client;
    private final Map<String, Timer> succeeded = new ConcurrentHashMap<>();
    private final Map<String, Timer> failed = new ConcurrentHashMap<>();

    CommandTimers(MeterRegistry registry, Tags client) {
        this.registry = registry;
        this.client = client;
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        timer(succeeded, event.getCommandName(), "SUCCESS")
                .record(event.getElapsedTime(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS);
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        timer(failed, event.getCommandName(), "FAILED")
                .record(event.getElapsedTime(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS);
    }

    private Timer timer(Map<String, Timer> timers, String command, String status) {
        Timer timer = timers.get(command);
        if (timer != null) {
            return timer;
        }
        String label = timers.size() < MAX_COMMANDS ? command : "other";
        return timers.computeIfAbsent(
                label,
                c -> Timer.builder(NAME)
                        .description("Timer of mongodb commands")
                        .tags(client)
                        .tag("command", c)
                        .tag("status", status)
                        .register(registry));
    }
}
