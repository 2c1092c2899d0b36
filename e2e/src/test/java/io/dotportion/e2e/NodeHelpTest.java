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
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Each node type's help, from the descriptors the server serves, opens from the palette and from the inspector:
 * what it does, what it outputs, its handles, fields and errors; Escape closes it.
 */
@BrowserTest
class NodeHelpTest {

    @Test
    void the_palette_and_the_inspector_open_the_help_of_a_node_type(RunningPlatform platform, Browser browser) {
        Ui ui = browser.ui();
        Editor editor = new Editor(browser);
        Pages pages = new Pages(browser, platform);
        pages.signUp(Account.fresh("help"));
        pages.createProject("Help");
        pages.createWorkflow("Helped", "GET", "/helped");

        ui.click("palette-help-jwtGenerate");
        String jwt = ui.find("node-help-jwtGenerate").getText();
        assertThat(jwt).contains("JWT Generate", "Bearer", "Expires in", "required", "EXECUTION_FAILED");
        assertThat(jwt.toLowerCase()).contains("output", "handles", "fields", "errors");
        assertThat(ui.find("node-help-output").getText()).contains("token");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        ui.waitGone("help-popover");
        assertThat(editor.hasNode("jwtGenerate-1")).isFalse();

        editor.select("response-1");
        ui.click("node-help-toggle");
        String response = ui.find("node-help-response").getText();
        assertThat(response).contains("ends the run", "Status");
        ui.click("node-help-toggle");
        ui.waitGone("help-popover");

        ui.find("palette-help-condition").sendKeys(Keys.ENTER);
        assertThat(ui.find("node-help-condition").getText())
                .contains("followed when the expression holds", "unchanged");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }
}
