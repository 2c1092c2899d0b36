package io.dotportion.e2e.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The workflow editor as a person uses it: palette clicks, node clicks, form fields, shortcuts. */
public final class Editor {
    private final WebDriver driver;
    private final Ui ui;

    public Editor(Browser browser) {
        this.driver = browser.driver();
        this.ui = browser.ui();
    }

    public static By node(String nodeId) {
        return Ui.id("node-" + nodeId);
    }

    public WebElement findNode(String nodeId) {
        return ui.find(node(nodeId));
    }

    /** Clicks a node on the canvas (its label; "fit view" first when it is out of sight) and waits for its form. */
    public void select(String nodeId) {
        if (driver.findElements(node(nodeId)).stream().noneMatch(WebElement::isDisplayed)) {
            ui.click(By.className("react-flow__controls-fitview"));
        }
        findNode(nodeId).findElement(By.className("dp-node-label")).click();
        ui.find(By.cssSelector("[data-testid='node-panel'][data-node-id='" + nodeId + "']"));
    }

    /** Clicks a palette item; the new node (expected id) appears selected with its form open. */
    public void add(String type, String expectedId) {
        ui.click("palette-" + type);
        findNode(expectedId);
        ui.find(By.cssSelector("[data-testid='node-panel'][data-node-id='" + expectedId + "']"));
    }

    public void type(String testId, String text) {
        ui.type(testId, text);
    }

    /** Ctrl+S, the save shortcut. */
    public void pressSave() {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
    }

    public void waitSaved() {
        ui.find(By.cssSelector("[data-testid='save-state'].clean"));
    }

    public String attribute(String nodeId, String name) {
        return ui.present(node(nodeId)).getDomAttribute(name);
    }

    public void waitNodeAttribute(String nodeId, String name, String value) {
        ui.waitAttribute(node(nodeId), name, value);
    }
}
