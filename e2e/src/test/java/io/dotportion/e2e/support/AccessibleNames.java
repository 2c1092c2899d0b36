package io.dotportion.e2e.support;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The form controls on the page that a screen reader could not name: no label, aria-label or aria-labelledby. */
public final class AccessibleNames {
    private static final String UNNAMED = String.join(
            "\n",
            "const named = (el) => (el.labels && el.labels.length > 0)",
            "  || (el.getAttribute('aria-label') || '').trim() !== ''",
            "  || (el.getAttribute('aria-labelledby') || '').split(' ').some((id) => id && document.getElementById(id));",
            "return [...document.querySelectorAll('input, select, textarea, [contenteditable=true]')]",
            "  .filter((el) => el.type !== 'hidden' && el.getClientRects().length > 0 && !named(el))",
            "  .map((el) => el.tagName.toLowerCase() + ' ' + (el.dataset.testid || el.name || el.id || ''));");

    private AccessibleNames() {}

    @SuppressWarnings("unchecked")
    public static List<String> unnamed(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(UNNAMED);
    }
}
