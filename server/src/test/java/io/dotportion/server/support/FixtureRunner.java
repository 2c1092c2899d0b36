package io.dotportion.server.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs one fixture test class in its own launcher and keeps what it published and how it failed. */
final class FixtureRunner {
    private FixtureRunner() {}

    static <R> R run(Class<?> fixture, Result<R> result) {
        List<Map<String, String>> entries = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public synchronized void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                entries.add(entry.getKeyValuePairs());
            }

            @Override
            public synchronized void executionFinished(TestIdentifier test, TestExecutionResult outcome) {
                outcome.getThrowable().ifPresent(failures::add);
            }
        };
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(DiscoverySelectors.selectClass(fixture))
                                .build(),
                        listener);
        return result.of(List.copyOf(entries), List.copyOf(failures));
    }

    interface Result<R> {
        R of(List<Map<String, String>> entries, List<Throwable> failures);
    }
}
