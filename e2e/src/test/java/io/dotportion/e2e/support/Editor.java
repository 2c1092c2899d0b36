package io.dotportion.e2e.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The workflow editor as a person uses it: palette clicks, node clicks, form fields, shortcuts. */
public final class Editor {
    private static final String DROP = String.join(
            "\n",
            "const [item, pane, dx, dy] = arguments;",
            "const box = pane.getBoundingClientRect();",
            "const at = {clientX: box.left + dx, clientY: box.top + dy, bubbles: true, cancelable: true};",
            "const dataTransfer = new DataTransfer();",
            "item.dispatchEvent(new DragEvent('dragstart', {...at, dataTransfer}));",
            "pane.dispatchEvent(new DragEvent('dragover', {...at, dataTransfer}));",
            "pane.dispatchEvent(new DragEvent('drop', {...at, dataTransfer}));",
            "item.dispatchEvent(new DragEvent('dragend', {...at, dataTransfer}));");

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
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("s")
                .keyUp(Keys.CONTROL)
                .perform();
    }

    /** A shortcut with Ctrl (and Shift when asked): "c", "v", "z" ... */
    public void shortcut(String key, boolean shift) {
        Actions keys = new Actions(driver).keyDown(Keys.CONTROL);
        if (shift) {
            keys.keyDown(Keys.SHIFT);
        }
        keys.sendKeys(key);
        if (shift) {
            keys.keyUp(Keys.SHIFT);
        }
        keys.keyUp(Keys.CONTROL).perform();
    }

    public void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Drags from one handle to another, in small steps as a mouse would. */
    public void drag(String fromHandle, String toHandle) {
        WebElement from = ui.present(Ui.id(fromHandle));
        WebElement to = ui.present(Ui.id(toHandle));
        int dx = to.getRect().getX() - from.getRect().getX();
        int dy = to.getRect().getY() - from.getRect().getY();
        Actions drag = new Actions(driver).moveToElement(from).clickAndHold();
        for (int step = 1; step <= 5; step++) {
            drag.moveByOffset(dx / 5, dy / 5);
        }
        drag.moveToElement(to).release().perform();
    }

    /** Drags a palette item onto the canvas (HTML drag and drop, dispatched as the browser would). */
    public void dropFromPalette(String type, int x, int y) {
        WebElement item = ui.find("palette-" + type);
        WebElement pane = ui.present(By.className("react-flow__pane"));
        ((JavascriptExecutor) driver).executeScript(DROP, item, pane, x, y);
    }

    /** The node's position on the canvas (its wrapper's translate). */
    public int[] position(String nodeId) {
        WebElement wrapper = ui.present(By.cssSelector(".react-flow__node[data-id='" + nodeId + "']"));
        String transform = wrapper.getCssValue("transform");
        String[] parts = transform.replaceAll("[^0-9.,-]", "").split(",");
        return new int[] {(int) Double.parseDouble(parts[4]), (int) Double.parseDouble(parts[5])};
    }

    /** Presses the canvas's "fit view" control, so every node is inside the canvas (and visible to the driver). */
    public void fitView() {
        ui.click(By.cssSelector(".react-flow__controls-fitview"));
    }

    public boolean hasNode(String nodeId) {
        return !driver.findElements(node(nodeId)).isEmpty();
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
