package io.dotportion.e2e.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person at the keyboard: Tab and Shift+Tab through the page, Enter, arrows and typing into whatever has the
 * focus. Nothing is clicked; scripts only read where the focus is.
 */
public final class Keyboard {
    private static final int MAX_STEPS = 400;
    private static final String FOCUSED_MATCHES =
            "const a = document.activeElement; return Boolean(a && a.matches(arguments[0]));";

    private final WebDriver driver;

    public Keyboard(Browser browser) {
        this.driver = browser.driver();
    }

    /** Presses Tab until the focused element matches the CSS selector (bounded). */
    public WebElement tabTo(String css) {
        return move(css, Keys.TAB);
    }

    /** Presses Shift+Tab until the focused element matches the CSS selector (bounded). */
    public WebElement backTo(String css) {
        return move(css, null);
    }

    public static String testId(String id) {
        return "[data-testid='" + id + "']";
    }

    private WebElement move(String css, Keys forward) {
        for (int step = 0; step < MAX_STEPS; step++) {
            if (focusedMatches(css)) {
                return focused();
            }
            if (forward != null) {
                press(forward);
            } else {
                new Actions(driver)
                        .keyDown(Keys.SHIFT)
                        .sendKeys(Keys.TAB)
                        .keyUp(Keys.SHIFT)
                        .perform();
            }
        }
        throw new AssertionError("the keyboard never reached " + css + " in " + MAX_STEPS + " steps");
    }

    public boolean focusedMatches(String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(FOCUSED_MATCHES, css));
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Types into the focused element. */
    public void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /** Ctrl with a key: "a", "s" ... */
    public void chord(String key) {
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys(key)
                .keyUp(Keys.CONTROL)
                .perform();
    }

    /** Selects all of the focused field and types over it. */
    public void replace(String text) {
        chord("a");
        press(Keys.DELETE);
        if (!text.isEmpty()) {
            type(text);
        }
    }
}
