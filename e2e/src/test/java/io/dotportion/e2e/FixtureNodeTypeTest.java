package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.fixture.greet.GreetNode;
import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.Editor;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.RunningPlatform;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A node type registered with one line (the fixture {@code greet}, docs/EXTENDING.md) reaches the editor with no
 * UI code: it is in the palette with its label, a click adds it with its defaults, and its form is built from its
 * config schema (a template field and a select of its enum).
 */
@BrowserTest
class FixtureNodeTypeTest {
    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(
            config -> config.withEgressAllow("127.0.0.1").withNodeTypes(List.of(new GreetNode())));

    @Test
    void a_registered_node_type_is_in_the_palette_and_gets_a_form_from_its_schema(
            RunningPlatform platform, Browser browser) {
        Ui ui = browser.ui();
        Editor editor = new Editor(browser);
        Pages pages = new Pages(browser, platform);
        pages.signUp(Account.fresh("fixture"));
        pages.createProject("Fixture");
        pages.createWorkflow("Greeting", "GET", "/greeting");

        assertThat(ui.find("palette-" + GreetNode.ID).getText())
                .contains("Greet")
                .contains("Greet someone by name");
        editor.select("start");
        editor.add(GreetNode.ID, "greet-1");

        WebElement greeting = ui.find("greet-greeting");
        assertThat(greeting.findElements(By.tagName("option")))
                .extracting(WebElement::getText)
                .contains("Hello", "Hi", "Welcome");
        ui.type("greet-name", "Ada");
        ui.select("greet-greeting", "Welcome");
        editor.pressSave();
        editor.waitSaved();

        assertThat(editor.findNode("greet-1").getText()).contains("Welcome").contains("Ada");
        assertThat(editor.attribute("greet-1", "data-kind")).isEqualTo(GreetNode.ID);
    }
}
