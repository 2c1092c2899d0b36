package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Executions list and detail, project settings and deletion (on a project set up over the API), API tokens. */
@BrowserTest
class ProjectPagesTest {
    private final RunningPlatform platform;
    private final Browser browser;
    private final Account account;
    private final Api api;
    private final String projectId;

    ProjectPagesTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        account = Account.fresh("pages");
        new Pages(browser, platform).signUp(account);
        Http http = new Http(platform);
        api = new Api(http, http.login(account.email(), account.password()));
        projectId = Greeter.deploy(api, "Greeter", "greeter").getFirst();
        String endpoint = "/api/" + account.username() + "/greeter/hello";
        assertThat(http.send("POST", endpoint, "{\"name\": \"Ada\"}").statusCode())
                .isEqualTo(200);
        assertThat(http.send("POST", endpoint, "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void executions_are_listed_filtered_and_opened_with_their_trace() {
        Ui ui = browser.ui();
        browser.driver().get(platform.url("/projects/" + projectId + "/executions"));
        ui.find(By.cssSelector("[data-testid='execution-row']"));
        waitRows(ui, 2);
        ui.select("filter-status", "error");
        waitRows(ui, 1);
        assertThat(ui.find("execution-list").getText()).contains("400").contains("INVALID_REQUEST");
        ui.select("filter-status", "");
        waitRows(ui, 2);
        browser.screenshot("executions");
        ui.click(By.cssSelector("[data-testid='execution-row'] a"));
        ui.waitText("execution-detail", "/hello");
        assertThat(ui.find("execution-detail").getText()).contains("/hello").contains("start");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void a_successful_run_only_counted_is_listed_as_an_aggregate_and_shown_as_such() {
        String summaries = (String) api.call("POST", "/v1/projects", Map.of("name", "Quiet", "slug", "quiet"), 201)
                .get("id");
        Map<String, Object> quiet = new java.util.LinkedHashMap<>(Greeter.workflow());
        quiet.put("log", Map.of("mode", "errors"));
        String workflowId = (String) api.call("POST", "/v1/projects/" + summaries + "/workflows", quiet, 201)
                .get("id");
        api.call("POST", "/v1/workflows/" + workflowId + "/deploy", null, 200);
        Http http = new Http(platform);
        assertThat(http.send("POST", "/api/" + account.username() + "/quiet/hello", "{\"name\": \"Ada\"}")
                        .statusCode())
                .isEqualTo(200);
        String sessionToken = http.login(account.email(), account.password());
        // the writer adds counted runs to the log once a second: the page shows what is stored when it loads
        Poll.until(
                Duration.ofSeconds(20),
                () -> http.send("GET", "/v1/projects/" + summaries + "/executions", null, sessionToken)
                        .body(),
                body -> body.contains("\"kept\":\"aggregate\""),
                "the counted run in the execution log");

        Ui ui = browser.ui();
        browser.driver().get(platform.url("/projects/" + summaries + "/executions"));
        waitRows(ui, 1);
        assertThat(ui.find("execution-kept").getText()).isEqualTo("1 run, counted");
        ui.click(By.cssSelector("[data-testid='execution-row'] a"));
        assertThat(ui.find("execution-aggregate").getText()).contains("1 successful run not kept individually");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void settings_change_cors_and_rate_limit_and_a_project_can_be_deleted() {
        Ui ui = browser.ui();
        browser.driver().get(platform.url("/projects/" + projectId + "/settings"));
        ui.click("cors-enabled");
        ui.type("cors-origins", "https://app.example.com, https://admin.example.com");
        ui.click("cors-save");
        ui.find("cors-saved");
        ui.click("rate-enabled");
        ui.type("rate-max", "5");
        ui.click("rate-save");
        ui.find("rate-saved");
        Map<String, Object> project = api.call("GET", "/v1/projects/" + projectId, null, 200);
        assertThat(map(project.get("cors")))
                .containsEntry("enabled", true)
                .containsEntry("allowedOrigins", List.of("https://app.example.com", "https://admin.example.com"));
        assertThat(map(project.get("rateLimit"))).containsEntry("enabled", true).containsEntry("max", 5);
        browser.screenshot("settings");

        String other = (String) api.call("POST", "/v1/projects", Map.of("name", "Scratch", "slug", "scratch"), 201)
                .get("id");
        browser.driver().get(platform.url("/projects/" + other + "/settings"));
        assertThat(ui.find("delete-project").isEnabled()).isFalse();
        ui.type("delete-project-slug", "scratch");
        ui.click("delete-project");
        ui.find("project-list");
        ui.waitAbsent(Ui.id("project-scratch"));
        ui.find("project-greeter");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void an_api_token_is_shown_once_works_for_scripts_and_can_be_revoked() {
        Ui ui = browser.ui();
        browser.driver().get(platform.url("/"));
        ui.click("current-user");
        ui.type("token-name", "ci script");
        ui.select("token-scope", "read");
        ui.click("token-create");
        String token = ui.find("token-value").getText();
        assertThat(ui.find("token-row-ci script").getText()).contains("read");
        Http http = new Http(platform);
        assertThat(http.send("GET", "/v1/projects", null, token).statusCode()).isEqualTo(200);
        assertThat(http.send("POST", "/v1/projects", "{\"name\":\"x\",\"slug\":\"x\"}", token)
                        .statusCode())
                .isEqualTo(403);
        ui.find("token-row-ci script").findElement(Ui.id("revoke-token")).click();
        ui.waitAbsent(Ui.id("token-row-ci script"));
        assertThat(http.send("GET", "/v1/projects", null, token).statusCode()).isEqualTo(401);
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private void waitRows(Ui ui, int count) {
        ui.waitCount(By.cssSelector("[data-testid='execution-row']"), count);
    }
}
