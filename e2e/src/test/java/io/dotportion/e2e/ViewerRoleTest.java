package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.Json;
import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Api;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Greeter;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.RunningPlatform;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An owner invites a viewer from the settings page; the viewer sees the project read-only. */
@BrowserTest
class ViewerRoleTest {
    @Test
    void an_invited_viewer_sees_the_editor_read_only_without_deploy(RunningPlatform platform, Browser browser) {
        Ui ui = browser.ui();
        Account owner = Account.fresh("owner");
        Account viewer = Account.fresh("viewer");
        Http http = new Http(platform);
        assertThat(http.send(
                                "POST",
                                "/v1/auth/signup",
                                Json.write(Map.of(
                                        "email",
                                        viewer.email(),
                                        "username",
                                        viewer.username(),
                                        "password",
                                        viewer.password())))
                        .statusCode())
                .isBetween(200, 201);
        new Pages(browser, platform).signUp(owner);
        Api api = new Api(http, http.login(owner.email(), owner.password()));
        String projectId = Greeter.deploy(api, "Shared", "shared").get(0);
        api.call("PUT", "/v1/projects/" + projectId + "/secrets/signing", Map.of("type", "jwt", "generate", true), 201);

        browser.driver().get(platform.url("/projects/" + projectId + "/settings"));
        ui.type("invite-who", viewer.username());
        ui.select("invite-role", "viewer");
        ui.click("invite-submit");
        ui.waitText("member-row-" + viewer.username(), "viewer");
        assertThat(ui.find("member-row-" + owner.username()).getText()).contains("(you)");
        browser.screenshot("members");

        ui.click("logout");
        ui.type("login-email", viewer.email());
        ui.type("login-password", viewer.password());
        ui.click("login-submit");
        ui.waitText("current-user", viewer.username());
        ui.click("project-shared");
        ui.find("read-only-note");
        assertThat(ui.all(Ui.id("workflow-create"))).isEmpty();
        assertThat(ui.all(Ui.id("delete-workflow"))).isEmpty();

        ui.click("open-workflow");
        ui.find("read-only");
        ui.find("node-start");
        assertThat(ui.all(Ui.id("deploy"))).isEmpty();
        assertThat(ui.all(Ui.id("save"))).isEmpty();
        assertThat(ui.all(Ui.id("side-tab-test"))).isEmpty();
        assertThat(ui.all(By.cssSelector(".palette"))).isEmpty();
        ui.click(Ui.id("node-params"));
        assertThat(ui.find("node-fields").getDomProperty("disabled")).isEqualTo("true");
        browser.screenshot("editor-read-only");

        browser.driver().get(platform.url("/projects/" + projectId + "/secrets"));
        ui.find("secrets-read-only");
        assertThat(ui.find("secret-row-signing").getText()).contains("signing").doesNotContain("jwt");
        assertThat(ui.all(Ui.id("replace-secret"))).isEmpty();

        ui.click("tab-settings");
        ui.find("leave-project");
        assertThat(ui.all(Ui.id("invite-member-form"))).isEmpty();
        assertThat(ui.all(Ui.id("settings-delete"))).isEmpty();
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }
}
