package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Editor;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.RunningPlatform;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A new user builds API Start → Request Parameters → Condition → two Responses with the palette and the
 * forms, meets a validation error on the right node, fixes it, test-runs with a trace, deploys, calls the
 * endpoint over HTTP, deploys a change and rolls back.
 */
@BrowserTest
class EditorFlowTest {
    private final RunningPlatform platform;
    private final Browser browser;

    EditorFlowTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void a_new_user_builds_tests_deploys_and_rolls_back_an_endpoint_in_the_editor() {
        Ui ui = browser.ui();
        Editor editor = new Editor(browser);
        Pages pages = new Pages(browser, platform);
        Account account = Account.fresh("builder");
        pages.signUp(account);
        String projectId = pages.createProject("Age API");
        Http http = new Http(platform);
        addJwtSecret(ui);
        pages.createWorkflow("Check age", "POST", "/check-age");

        buildWithPaletteAndForms(ui, editor);

        editor.waitNodeAttribute("condition-1", "data-errors", "1");
        assertThat(ui.find("save-state").getText())
                .as("checked as typed, not saved")
                .contains("Unsaved");
        for (String other : new String[] {"start", "parameters-1", "response-1", "response-2"}) {
            assertThat(editor.attribute(other, "data-errors")).as(other).isEqualTo("0");
        }
        editor.pressSave();
        ui.waitAttribute(Ui.id("notice"), "data-kind", "warning");
        editor.waitSaved();
        assertThat(ui.find("notice").getText()).contains("Draft saved with 1 problem");
        editor.select("condition-1");
        assertThat(ui.find("field-error-condition-expression").getText()).isNotBlank();
        browser.screenshot("editor-validation-error");

        editor.type("condition-expression", "{{input.age}} >= 18");
        editor.waitNodeAttribute("condition-1", "data-errors", "0");
        assertThat(ui.find("save-state").getText())
                .as("the badge cleared without a save")
                .contains("Unsaved");
        editor.pressSave();
        editor.waitSaved();

        testRunShowsTheTrace(ui, editor);

        ui.click("deploy");
        ui.click("deploy-confirm-ok");
        ui.waitText("deployed-version", "Live v1");
        String endpoint = "/api/" + account.username() + "/age-api/check-age";
        assertAnswer(http.send("POST", endpoint, "{\"age\": 20}"), 200, "{\"adult\":true}");
        assertAnswer(http.send("POST", endpoint, "{\"age\": 12}"), 200, "{\"adult\":false}");
        HttpResponse<String> invalid = http.send("POST", endpoint, "{\"age\": \"old\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("INVALID_REQUEST");

        editor.select("response-1");
        editor.type("response-body", "{\"adult\": \"yes\"}");
        ui.find("undeployed-changes");
        ui.click("deploy");
        ui.waitText("deploy-confirm-lines", "Nodes changed: API Response (response-1)");
        ui.click("deploy-confirm-ok");
        ui.waitText("deployed-version", "Live v2");
        ui.waitGone("undeployed-changes");
        assertAnswer(http.send("POST", endpoint, "{\"age\": 30}"), 200, "{\"adult\":\"yes\"}");

        ui.click("side-tab-versions");
        ui.find("version-2").findElement(By.cssSelector("[data-testid='version-live']"));
        ui.waitText("version-changes-2", "1 node changed (API Response (response-1))");
        ui.waitText("version-changes-1", "first version");
        ui.click("rollback-1");
        ui.waitText("rollback-confirm-lines", "Nodes changed: API Response (response-1)");
        ui.click("rollback-confirm-ok");
        ui.waitText("deployed-version", "Live v1");
        ui.find("undeployed-changes");
        ui.find("version-1").findElement(By.cssSelector("[data-testid='version-live']"));
        assertAnswer(http.send("POST", endpoint, "{\"age\": 30}"), 200, "{\"adult\":true}");
        browser.screenshot("editor");

        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    private void addJwtSecret(Ui ui) {
        ui.click("tab-secrets");
        ui.type("secret-name", "signing");
        assertThat(ui.find("secret-generate").isSelected()).isTrue();
        ui.click("secret-save");
        assertThat(ui.find("secret-row-signing").getText()).contains("jwt").contains("v1");
        browser.screenshot("secrets-page");
        ui.click("tab-workflows");
    }

    private void buildWithPaletteAndForms(Ui ui, Editor editor) {
        editor.select("start");
        editor.add("parameters", "parameters-1");
        ui.click("add-parameter-0");
        ui.select("param-0-0-type", "integer");
        editor.type("param-0-0-name", "age");
        ui.click("node-label");
        assertThat(editor.findNode("parameters-1").getText()).contains("body.age");

        editor.add("condition", "condition-1");
        editor.type("condition-expression", "{{input.a");
        ui.find("suggestion-input.age");
        // CodeMirror ignores Enter for its documented interactionDelay (75 ms) after the list opens, so a key
        // pressed sooner would be a line break: the keyboard waits past it as a person's reaction does
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .pause(java.time.Duration.ofMillis(200))
                .sendKeys(org.openqa.selenium.Keys.ENTER)
                .perform();
        ui.find("condition-expression").sendKeys(" >=");
        assertThat(ui.find("condition-expression").getText()).isEqualTo("{{input.age}} >=");

        editor.add("response", "response-2");
        editor.type("response-body", "{\"adult\": false}");
        editor.select("response-1");
        editor.type("response-body", "{\"adult\": true}");
        assertThat(editor.findNode("response-1").getText()).contains("\"adult\":true");
    }

    private void testRunShowsTheTrace(Ui ui, Editor editor) {
        ui.click("side-tab-test");
        ui.type("test-body-input", "{\"age\": 20}");
        ui.click("run-test");
        ui.waitText("test-status", "200");
        assertThat(ui.find("test-body").getText()).contains("\"adult\": true");
        for (String ran : new String[] {"start", "parameters-1", "condition-1", "response-1"}) {
            editor.waitNodeAttribute(ran, "data-trace-status", "ok");
        }
        assertThat(editor.attribute("response-2", "data-trace-status")).isEmpty();
        editor.select("condition-1");
        assertThat(ui.find("node-run-input").getText()).contains("\"age\": 20");
        browser.screenshot("editor-test-run-trace");
    }

    private void assertAnswer(HttpResponse<String> answer, int status, String body) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.body()).isEqualTo(body);
    }
}
