package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.server.support.RunningPlatform;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser enforces the UI's Content-Security-Policy: a script injected into the page does not run, and the
 * UI cannot be framed. (Every other browser test asserts that the app itself raises no CSP violation.)
 */
@BrowserTest
class UiPolicyTest {
    private final RunningPlatform platform;
    private final Browser browser;

    UiPolicyTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void an_inline_or_data_script_injected_into_the_ui_does_not_run() {
        browser.driver().get(platform.url("/login"));
        browser.ui().find("login-email");

        Object inline = browser.driver().executeScript("""
                var s = document.createElement('script');
                s.textContent = 'window.injectedRan = true';
                document.head.appendChild(s);
                return window.injectedRan === true;""");
        browser.driver().executeScript("""
                var s = document.createElement('script');
                s.src = 'data:text/javascript,window.dataRan=true';
                document.head.appendChild(s);""");

        assertThat(inline).isEqualTo(false);
        waitForConsole("inline script violates the following Content Security Policy directive");
        waitForConsole("'data:text/javascript,window.dataRan=true' violates the following Content Security Policy");
        assertThat(ConsoleErrors.in(browser.console()))
                .as("CSP violations count as console errors")
                .anySatisfy(message -> assertThat(message).contains("Content Security Policy"));
        assertThat(browser.driver().executeScript("return window.dataRan === true;"))
                .isEqualTo(false);
    }

    @Test
    void the_ui_refuses_to_be_framed_even_by_itself() {
        browser.driver().get(platform.url("/login"));
        browser.ui().find("login-email");

        browser.driver().executeScript("""
                var f = document.createElement('iframe');
                f.src = '/login';
                document.body.appendChild(f);""");

        waitForConsole("frame-ancestors 'none'");
    }

    private void waitForConsole(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage(() -> "no console entry with " + text + " in "
                        + browser.console().stream().map(LogEntry::getMessage).toList())
                .until(d -> browser.console().stream()
                        .anyMatch(entry -> entry.getMessage().contains(text)));
    }
}
