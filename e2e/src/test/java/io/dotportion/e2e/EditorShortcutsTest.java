package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Editor;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Copy/paste, connecting by dragging, delete, undo/redo, auto-layout, palette drop and save, with mouse and keyboard. */
@BrowserTest
class EditorShortcutsTest {
    @Test
    void nodes_are_copied_connected_deleted_restored_laid_out_and_saved(RunningPlatform platform, Browser browser) {
        Ui ui = browser.ui();
        Editor editor = new Editor(browser);
        Pages pages = new Pages(browser, platform);
        Account account = Account.fresh("keys");
        pages.signUp(account);
        String projectId = pages.createProject("Keys");
        pages.createWorkflow("Shortcuts", "GET", "/shortcuts");

        editor.select("response-1");
        editor.shortcut("c", false);
        editor.shortcut("v", false);
        editor.findNode("response-2");
        assertThat(ui.find("save-state").getText()).contains("Unsaved");

        editor.drag("handle-out-start", "handle-in-response-2");
        ui.present(Ui.id("rf__edge-e-start-response-2"));
        ui.waitAbsent(Ui.id("rf__edge-e-start-response-1"));

        editor.select("response-1");
        editor.press(Keys.DELETE);
        ui.waitAbsent(Editor.node("response-1"));
        editor.shortcut("z", false);
        editor.findNode("response-1");
        editor.shortcut("z", true);
        ui.waitAbsent(Editor.node("response-1"));
        ui.click("undo");
        editor.findNode("response-1");
        ui.click("redo");
        ui.waitAbsent(Editor.node("response-1"));

        ui.click("auto-layout");
        ui.waitAttribute(Editor.node("response-2"), "data-kind", "response");
        int[] start = editor.position("start");
        int[] response = editor.position("response-2");
        assertThat(response[0]).isEqualTo(start[0]);
        assertThat(response[1]).isGreaterThan(start[1]);

        editor.dropFromPalette("logic", 120, 120);
        ui.find(By.cssSelector("[data-testid='node-panel'][data-node-id='logic-1']"));
        assertThat(editor.attribute("logic-1", "data-kind")).isEqualTo("logic");
        editor.press(Keys.DELETE);
        ui.waitAbsent(Editor.node("logic-1"));

        ui.click("save");
        editor.waitSaved();
        browser.driver().navigate().refresh();
        editor.findNode("response-2");
        assertThat(editor.hasNode("response-1")).isFalse();
        ui.present(Ui.id("rf__edge-e-start-response-2"));

        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }
}
