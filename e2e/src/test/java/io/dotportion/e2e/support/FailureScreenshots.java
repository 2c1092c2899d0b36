package io.dotportion.e2e.support;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves a screenshot named after a failed test, and prints the page's URL and console, to see what went on. */
public final class FailureScreenshots implements TestWatcher {
    private final Supplier<Browser> browser;

    public FailureScreenshots(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser b = browser.get();
        if (b != null) {
            b.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
            System.err.println("failed at " + b.driver().getCurrentUrl());
            b.console().forEach(entry -> System.err.println("console: " + entry));
        }
    }
}
