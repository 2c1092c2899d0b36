package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Api;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.FailureScreenshots;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.RunningPlatform;
import io.dotportion.e2e.support.Ui;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Executions list and detail, project settings and deletion (on a project set up over the API), API tokens. */
class ProjectPagesTest {
    private static RunningPlatform platform;
    private static Browser browser;
    private static Account account;
    private static Api api;
    private static String projectId;

    @RegisterExtension
    final FailureScreenshots failures = new FailureScreenshots(() -> browser);

    @BeforeAll
    static void start() {
        platform = RunningPlatform.start();
        browser = Browser.start();
        account = Account.fresh("pages");
        new Pages(browser, platform).signUp(account);
        Http http = new Http(platform);
        api = new Api(http, http.login(account.email(), account.password()));
        projectId = (String) api.call("POST", "/v1/projects", Map.of("name", "Greeter", "slug", "greeter"), 201).get("id");
        String workflowId = (String) api.call("POST", "/v1/projects/" + projectId + "/workflows", greeter(), 201).get("id");
        api.call("POST", "/v1/workflows/" + workflowId + "/deploy", null, 200);
        String endpoint = "/api/" + account.username() + "/greeter/hello";
        assertThat(http.send("POST", endpoint, "{\"name\": \"Ada\"}").statusCode()).isEqualTo(200);
        assertThat(http.send("POST", endpoint, "{}").statusCode()).isEqualTo(400);
    }

    @AfterAll
    static void stop() {
        try (RunningPlatform p = platform; Browser b = browser) {
            // closes both
        }
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
    void a_run_kept_as_a_summary_is_listed_and_shown_as_such() {
        String summaries = (String) api.call("POST", "/v1/projects", Map.of("name", "Quiet", "slug", "quiet"), 201).get("id");
        Map<String, Object> quiet = new java.util.LinkedHashMap<>(greeter());
        quiet.put("log", Map.of("mode", "errors"));
        String workflowId = (String) api.call("POST", "/v1/projects/" + summaries + "/workflows", quiet, 201).get("id");
        api.call("POST", "/v1/workflows/" + workflowId + "/deploy", null, 200);
        Http http = new Http(platform);
        assertThat(http.send("POST", "/api/" + account.username() + "/quiet/hello", "{\"name\": \"Ada\"}").statusCode())
                .isEqualTo(200);

        Ui ui = browser.ui();
        browser.driver().get(platform.url("/projects/" + summaries + "/executions"));
        waitRows(ui, 1);
        assertThat(ui.find("execution-kept").getText()).isEqualTo("summary");
        ui.click(By.cssSelector("[data-testid='execution-row'] a"));
        assertThat(ui.find("execution-summary-only").getText()).contains("summary");
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
        assertThat(map(project.get("cors"))).containsEntry("enabled", true)
                .containsEntry("allowedOrigins", List.of("https://app.example.com", "https://admin.example.com"));
        assertThat(map(project.get("rateLimit"))).containsEntry("enabled", true).containsEntry("max", 5);
        browser.screenshot("settings");

        String other = (String) api.call("POST", "/v1/projects", Map.of("name", "Scratch", "slug", "scratch"), 201).get("id");
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
        assertThat(http.send("POST", "/v1/projects", "{\"name\":\"x\",\"slug\":\"x\"}", token).statusCode())
                .isEqualTo(403);
        ui.find("token-row-ci script").findElement(Ui.id("revoke-token")).click();
        ui.waitAbsent(Ui.id("token-row-ci script"));
        assertThat(http.send("GET", "/v1/projects", null, token).statusCode()).isEqualTo(401);
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static void waitRows(Ui ui, int count) {
        ui.waitCount(By.cssSelector("[data-testid='execution-row']"), count);
    }

    private static Map<String, Object> greeter() {
        return Map.of("name", "Hello", "method", "POST", "path", "/hello",
                "nodes", List.of(
                        Map.of("id", "start", "type", "apiStart", "data", Map.of(), "position", Map.of("x", 0, "y", 0)),
                        Map.of("id", "params", "type", "parameters", "data", Map.of("sources", List.of(Map.of(
                                "from", "body", "parameters", Map.of("name", Map.of("required", true, "type", "string"))))),
                                "position", Map.of("x", 0, "y", 150)),
                        Map.of("id", "out", "type", "response", "data", Map.of("status", 200,
                                "body", Map.of("hello", "{{input.name}}")), "position", Map.of("x", 0, "y", 300))),
                "edges", List.of(Map.of("id", "e1", "source", "start", "target", "params"),
                        Map.of("id", "e2", "source", "params", "target", "out")));
    }
}
