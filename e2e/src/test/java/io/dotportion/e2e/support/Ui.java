package io.dotportion.e2e.support;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Finds elements by {@code data-testid} and waits for them explicitly; no sleeps. */
public final class Ui {
    private final WebDriver driver;
    private final WebDriverWait wait;

    Ui(WebDriver driver, Duration timeout) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, timeout);
    }

    public static By id(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    public WebElement find(String testId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(id(testId)));
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** In the page, visible or not (a node scrolled out of the canvas' view). */
    public WebElement present(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void click(String testId) {
        wait.until(ExpectedConditions.elementToBeClickable(id(testId))).click();
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Replaces the text of an input (select all, then type). */
    public void type(String testId, String text) {
        type(find(testId), text);
    }

    public void type(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    public void select(String testId, String value) {
        new Select(find(testId)).selectByValue(value);
    }

    public void waitText(String testId, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(id(testId), text));
    }

    public void waitAttribute(By by, String attribute, String value) {
        wait.until(ExpectedConditions.attributeToBe(by, attribute, value));
    }

    public void waitUrlContains(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    public void waitGone(String testId) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(id(testId)));
    }

    public void waitCount(By by, int count) {
        wait.until(ExpectedConditions.numberOfElementsToBe(by, count));
    }

    public void waitAbsent(By by) {
        wait.until(ExpectedConditions.numberOfElementsToBe(by, 0));
    }
}
