package io.dotportion.e2e.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts one {@link Browser} for a test class the first time a test asks for it, keeps it in the class's JUnit
 * store (which closes it after the class), and on a failed test saves a screenshot named after it and prints
 * the page's URL and console, to see what went on.
 */
public final class BrowserExtension implements ParameterResolver, TestWatcher {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).getOrComputeIfAbsent(Browser.class, key -> Browser.start(), Browser.class);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser browser = store(context).get(Browser.class, Browser.class);
        if (browser != null) {
            browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
            System.err.println("failed at " + browser.driver().getCurrentUrl());
            browser.console().forEach(entry -> System.err.println("console: " + entry));
        }
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        ExtensionContext scope = context;
        while (scope.getTestMethod().isPresent()) {
            scope = scope.getParent().orElseThrow();
        }
        return scope.getStore(NAMESPACE);
    }
}
