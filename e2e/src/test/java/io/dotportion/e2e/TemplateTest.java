package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.Json;
import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Api;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.RunningPlatform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The signup + login + me template, created from the project's workflows section in one click, then served. */
@BrowserTest
class TemplateTest {
    private final RunningPlatform platform;
    private final Browser browser;
    private final Account account;
    private final Api api;
    private final Http http;
    private final String token;

    TemplateTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        account = Account.fresh("template");
        new Pages(browser, platform).signUp(account);
        http = new Http(platform);
        token = http.login(account.email(), account.password());
        api = new Api(http, token);
    }

    @Test
    @SuppressWarnings("unchecked")
    void one_click_creates_the_account_workflows_and_their_secret_and_they_serve_once_deployed() {
        String projectId =
                (String) api.call("POST", "/v1/projects", Map.of("name", "Accounts", "slug", "accounts"), 201)
                        .get("id");
        Ui ui = browser.ui();
        browser.driver().get(platform.url("/projects/" + projectId));

        ui.click("template-signup-login-me-apply");
        ui.waitText("template-signup-login-me-done", "Created 3 draft workflows");

        assertThat(ui.find("template-signup-login-me-done").getText())
                .contains("POST /signup", "POST /login", "GET /me", "random value");
        ui.waitCount(By.cssSelector("[data-testid^='workflow-row-']"), 3);
        browser.screenshot("template-applied");
        List<Object> workflows =
                (List<Object>) Json.parse(http.send("GET", "/v1/projects/" + projectId + "/workflows", null, token)
                        .body());
        for (Object workflow : workflows) {
            api.call("POST", "/v1/workflows/" + ((Map<String, Object>) workflow).get("id") + "/deploy", null, 200);
        }
        String base = "/api/" + account.username() + "/accounts";
        String credentials = "{\"email\": \"ada@example.com\", \"password\": \"correct horse battery\"}";
        assertThat(http.send("POST", base + "/signup", credentials).statusCode())
                .isEqualTo(201);
        assertThat(http.send("POST", base + "/login", credentials).statusCode()).isEqualTo(200);
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }
}
