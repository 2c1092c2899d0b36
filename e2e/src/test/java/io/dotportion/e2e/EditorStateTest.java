package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Api;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Editor;
import io.dotportion.e2e.support.Greeter;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.RunningPlatform;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Nothing is lost in the editor: the test request outlives panels and reloads, a draft with problems saves,
 * the toolbar tells undeployed changes, deploy and rollback ask with what changes, leaving with unsaved edits
 * asks, and a deep link opened signed out opens after login.
 */
@BrowserTest
class EditorStateTest {
    private final RunningPlatform platform;
    private final Browser browser;
    private final Ui ui;
    private final Editor editor;
    private final WebDriver driver;

    EditorStateTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        this.ui = browser.ui();
        this.editor = new Editor(browser);
        this.driver = browser.driver();
    }

    /** A fresh user (signed in in the browser) with the deployed greeter; answers the editor's path. */
    private String deployedGreeter(Account account, String slug) {
        signOut();
        new Pages(browser, platform).signUp(account);
        Http http = new Http(platform);
        List<String> ids = Greeter.deploy(new Api(http, http.login(account.email(), account.password())), slug, slug);
        return "/projects/" + ids.get(0) + "/workflows/" + ids.get(1);
    }

    /** Logs out through the page when an earlier test of the class left the browser signed in. */
    private void signOut() {
        driver.get(platform.url("/"));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(Ui.id("login-email")).isEmpty()
                        || !d.findElements(Ui.id("logout")).isEmpty());
        if (!driver.findElements(Ui.id("logout")).isEmpty()) {
            ui.click("logout");
            ui.find("login-email");
        }
    }

    private void open(String path) {
        driver.get(platform.url(path));
        editor.findNode("start");
    }

    private String body() {
        return ui.find("test-body-input").getDomProperty("value");
    }

    @Test
    void the_test_request_survives_switching_panels_clicking_nodes_and_a_reload() {
        String path = deployedGreeter(Account.fresh("sample"), "samples");
        open(path);

        ui.click("side-tab-test");
        assertThat(body()).as("pre-filled from the declared parameters").contains("\"name\": \"text\"");
        ui.type("test-body-input", "{\"name\": \"Ada\"}");
        ui.type("test-headers-name-0", "X-Trace");
        ui.type("test-headers-value-0", "on");
        ui.click("side-tab-inspect");
        editor.select("out");
        ui.click("side-tab-versions");
        ui.click("side-tab-test");
        assertThat(body()).isEqualTo("{\"name\": \"Ada\"}");
        ui.type("test-sample-name", "ada");
        ui.click("test-sample-save");

        driver.navigate().refresh();
        editor.findNode("start");
        ui.click("side-tab-test");
        assertThat(body()).isEqualTo("{\"name\": \"Ada\"}");
        assertThat(ui.find("test-headers-value-0").getDomProperty("value")).isEqualTo("on");
        ui.type("test-body-input", "{\"name\": \"Grace\"}");
        ui.select("test-sample-pick", "ada");
        assertThat(body()).isEqualTo("{\"name\": \"Ada\"}");
        ui.click("run-test");
        ui.waitText("test-status", "200");
        assertThat(ui.find("test-body").getText()).contains("Ada");

        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void a_draft_with_an_unreachable_node_saves_and_only_deploy_refuses_it() {
        String path = deployedGreeter(Account.fresh("drafts"), "drafts");
        open(path);

        editor.dropFromPalette(ResponseNode.ID, 420, 140);
        editor.findNode("response-1");
        editor.waitNodeAttribute("response-1", "data-errors", "1");
        editor.pressSave();
        ui.waitAttribute(Ui.id("notice"), "data-kind", "warning");
        editor.waitSaved();

        driver.navigate().refresh();
        editor.findNode("response-1");
        editor.waitNodeAttribute("response-1", "data-errors", "1");
        ui.find("undeployed-changes");
        ui.click("deploy");
        ui.waitAttribute(Ui.id("notice"), "data-kind", "error");
        assertThat(ui.find("notice").getText()).contains("Not deployed").contains("Response (response-1)");
        assertThat(ui.all(Ui.id("deploy-confirm-dialog"))).isEmpty();
        assertThat(ui.find("deployed-version").getText()).isEqualTo("Live v1");

        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void undeployed_changes_show_after_an_edit_and_go_after_deploy_and_rollback_asks_first() {
        String path = deployedGreeter(Account.fresh("live"), "live");
        open(path);
        assertThat(ui.find("deployed-version").getText()).isEqualTo("Live v1");
        assertThat(ui.all(Ui.id("undeployed-changes"))).isEmpty();

        editor.select("out");
        editor.type("node-label", "Greeting");
        ui.find("undeployed-changes");
        editor.pressSave();
        editor.waitSaved();
        driver.navigate().refresh();
        editor.findNode("start");
        ui.find("undeployed-changes");

        ui.click("deploy");
        ui.waitText("deploy-confirm-lines", "Nodes changed: Greeting (out)");
        ui.click("deploy-confirm-cancel");
        assertThat(ui.find("deployed-version").getText()).isEqualTo("Live v1");
        ui.click("deploy");
        ui.click("deploy-confirm-ok");
        ui.waitText("deployed-version", "Live v2");
        ui.waitGone("undeployed-changes");

        ui.click("side-tab-versions");
        ui.click("rollback-1");
        ui.waitText("rollback-confirm-lines", "Nodes changed: Response (out)");
        ui.click("rollback-confirm-cancel");
        ui.waitGone("rollback-confirm-dialog");
        assertThat(ui.find("deployed-version").getText())
                .as("nothing rolled back")
                .isEqualTo("Live v2");
        ui.click("rollback-1");
        ui.click("rollback-confirm-ok");
        ui.waitText("deployed-version", "Live v1");
        ui.find("undeployed-changes");

        ui.click("preview-2");
        assertThat(ui.find("version-preview-2").getText()).contains("Read-only").contains("Greeting");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void leaving_by_the_breadcrumb_with_unsaved_edits_asks_first_and_no_click_is_swallowed() {
        String path = deployedGreeter(Account.fresh("leave"), "leave");
        open(path);

        ui.click("crumb-project");
        ui.find("new-workflow-form");
        assertThat(ui.all(Ui.id("leave-confirm-dialog")))
                .as("nothing to lose, nothing asked")
                .isEmpty();
        open(path);

        editor.select("params");
        ui.type("param-0-0-name", "fullName");
        ui.click("param-0-0-more");
        ui.find(By.cssSelector("[data-testid='param-0-0'] [aria-label='Minimum']"));
        assertThat(ui.find("param-0-0-name").getDomProperty("value")).isEqualTo("fullName");
        assertThat(editor.findNode("params").getText())
                .as("the rename applied on blur")
                .contains("fullName");

        ui.type("wf-name", "Hello again");
        ui.click("crumb-project");
        ui.find("leave-confirm-dialog");
        ui.click("leave-confirm-cancel");
        ui.waitGone("leave-confirm-dialog");
        assertThat(driver.getCurrentUrl()).endsWith(path);
        assertThat(ui.find("wf-name").getDomProperty("value")).isEqualTo("Hello again");

        ui.click("home-link");
        ui.click("leave-confirm-ok");
        ui.find("project-name");
        assertThat(driver.getCurrentUrl()).doesNotContain("/workflows/");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void a_deep_link_opened_signed_out_opens_after_login_without_a_console_error() {
        Account account = Account.fresh("deep");
        String path = deployedGreeter(account, "deep");
        ui.click("logout");
        ui.find("login-email");

        driver.get(platform.url(path));
        ui.find("login-email");
        ui.waitUrlContains("next=");
        ui.type("login-email", account.email());
        ui.type("login-password", account.password());
        ui.click("login-submit");
        editor.findNode("out");
        assertThat(driver.getCurrentUrl()).endsWith(path);

        ui.click("logout");
        ui.find("login-email");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }
}
