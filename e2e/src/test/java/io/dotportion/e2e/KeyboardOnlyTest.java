package io.dotportion.e2e;

import static io.dotportion.e2e.support.Keyboard.testId;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.Json;
import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Editor;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Keyboard;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.RunningPlatform;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Someone who uses no mouse signs up, creates a project and a workflow, builds API Start → Logic → Response
 * (a palette item added with Enter splices itself after the node selected with Enter), fills the script, meets
 * a field error read out with the field, leaves the code editor with Escape then Shift+Tab, folds and unfolds the
 * details panel, saves, deploys and confirms: only Tab, Shift+Tab, Enter, Escape and
 * typing. The endpoint then answers over HTTP.
 */
@BrowserTest
class KeyboardOnlyTest {
    private static final String CODE = "return { hello: request.body.name, via: 'keyboard' };";

    private final RunningPlatform platform;
    private final Browser browser;

    KeyboardOnlyTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void a_workflow_is_built_saved_and_deployed_with_the_keyboard_alone() {
        Ui ui = browser.ui();
        Keyboard keys = new Keyboard(browser);
        Editor editor = new Editor(browser);
        Account account = Account.fresh("keys");

        signUpAndCreate(ui, keys, account);

        keys.tabTo(".react-flow__node[data-id='start']");
        keys.press(Keys.ENTER);
        ui.find(By.cssSelector("[data-testid='node-panel'][data-node-id='start']"));
        WebElement logic = keys.backTo(testId("palette-logic"));
        assertThat(logic.getCssValue("outline-style"))
                .as("a visible focus ring")
                .isEqualTo("solid");
        keys.press(Keys.ENTER);
        editor.findNode("logic-1");
        ui.find(By.cssSelector("[data-testid='node-panel'][data-node-id='logic-1']"));

        keys.tabTo(testId("logic-code"));
        keys.replace("");
        editor.waitNodeAttribute("logic-1", "data-errors", "1");
        errorIsTiedToTheField(ui, keys.focused());
        keys.type(CODE);
        keys.press(Keys.ESCAPE);
        editor.waitNodeAttribute("logic-1", "data-errors", "0");
        assertThat(keys.focused().getDomAttribute("aria-invalid")).isNull();

        keys.press(Keys.ESCAPE); // CodeMirror: Escape, then Tab or Shift+Tab leaves the editor
        keys.backTo(".react-flow__node[data-id='response-1']");
        keys.press(Keys.ENTER);
        ui.find(By.cssSelector("[data-testid='node-panel'][data-node-id='response-1']"));
        keys.tabTo(testId("response-body"));
        keys.replace("");

        keys.tabTo(testId("toggle-inspector"));
        keys.press(Keys.ENTER);
        ui.waitAttribute(By.cssSelector(testId("toggle-inspector")), "aria-expanded", "false");
        ui.waitGone("node-panel");
        keys.press(Keys.SPACE);
        ui.waitAttribute(By.cssSelector(testId("toggle-inspector")), "aria-expanded", "true");
        ui.find(By.cssSelector("[data-testid='node-panel'][data-node-id='response-1']"));

        keys.chord("s");
        editor.waitSaved();
        keys.backTo(testId("deploy"));
        keys.press(Keys.ENTER);
        ui.find("deploy-confirm-dialog");
        assertThat(keys.focusedMatches(testId("deploy-confirm-ok"))).isTrue();
        keys.press(Keys.ENTER);
        ui.waitText("deployed-version", "Live v1");

        String endpoint = "/api/" + account.username() + "/keys/hello";
        HttpResponse<String> answer = new Http(platform).send("POST", endpoint, "{\"name\": \"Ada\"}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Json.parse(answer.body())).isEqualTo(Map.of("hello", "Ada", "via", "keyboard"));
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    private void signUpAndCreate(Ui ui, Keyboard keys, Account account) {
        browser.driver().get(platform.url("/signup"));
        ui.find("signup-email");
        keys.tabTo(testId("signup-email"));
        keys.type(account.email());
        keys.tabTo(testId("signup-username"));
        keys.type(account.username());
        keys.tabTo(testId("signup-password"));
        keys.type(account.password());
        keys.press(Keys.ENTER);
        ui.waitText("current-user", account.username());

        keys.tabTo(testId("project-name"));
        keys.type("Keys");
        keys.press(Keys.ENTER);
        ui.find("new-workflow-form");
        keys.tabTo(testId("workflow-name"));
        keys.type("Hello");
        keys.tabTo(testId("workflow-path"));
        keys.replace("/hello");
        keys.press(Keys.ENTER);
        ui.find("node-start");
    }

    /** The field is marked invalid and described by the message shown under it. */
    private static void errorIsTiedToTheField(Ui ui, WebElement field) {
        ui.waitAttribute(By.cssSelector(testId("logic-code")), "aria-invalid", "true");
        String described = field.getDomAttribute("aria-describedby");
        assertThat(described).isNotBlank();
        WebElement message = ui.find(By.id(described.split(" ")[0]));
        assertThat(message.getDomAttribute("class")).contains("field-error");
        assertThat(message.getText()).isNotBlank();
        String labelledBy = field.getDomAttribute("aria-labelledby");
        assertThat(ui.find(By.id(labelledBy)).getText()).contains("Code");
    }
}
