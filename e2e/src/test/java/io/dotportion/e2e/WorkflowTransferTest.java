package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.value.Json;
import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Editor;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.RunningPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The editor's Export downloads what the API's export answers (saving unsaved edits first, when asked), and its
 * Import reads a file into the open draft (DotPortion's shape too; undo brings the draft back) or into a new
 * workflow, listing every problem of a file that is not a workflow.
 */
@BrowserTest
class WorkflowTransferTest {
    private final RunningPlatform platform;
    private final Browser browser;
    private final Ui ui;
    private final Editor editor;
    private final Pages pages;
    private final Http http;
    private final String token;
    private final String projectId;

    WorkflowTransferTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        ui = browser.ui();
        editor = new Editor(browser);
        pages = new Pages(browser, platform);
        Account account = Account.fresh("transfer");
        pages.signUp(account);
        http = new Http(platform);
        token = http.login(account.email(), account.password());
        projectId = pages.createProject("Transfers");
    }

    private void newWorkflow(String name, String path) {
        browser.driver().get(platform.url("/projects/" + projectId));
        pages.createWorkflow(name, "GET", path);
    }

    /** JSON numbers as doubles, so that 0 and 0.0 compare equal. */
    private static Object numbersAsDoubles(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, numbersAsDoubles(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(WorkflowTransferTest::numbersAsDoubles).toList();
        }
        return value;
    }

    private String workflowId() {
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private void pick(Path file) {
        ui.click("import-workflow");
        ui.present(Ui.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        ui.find("import-dialog");
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Path example() {
        return Path.of(
                System.getProperty("dotportion.examples", "src/test/resources/examples"),
                "dotportion-create-todo.json");
    }

    @Test
    void export_saves_the_edits_first_and_downloads_the_api_export(@TempDir Path downloads) throws IOException {
        newWorkflow("Hello export", "/hello");
        browser.driver()
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        editor.select("response-1");
        ui.type("node-label", "Say hello");

        ui.click("export-workflow");
        ui.click("export-confirm-ok");

        Path file = downloads.resolve("hello-export.workflow.json");
        Poll.until(Duration.ofSeconds(20), () -> Files.exists(file), "the export is downloaded");
        ui.waitText("notice", "Exported hello-export.workflow.json");
        editor.waitSaved();
        Object downloaded = Json.parse(Files.readString(file));
        Object api = Json.parse(http.send("GET", "/v1/workflows/" + workflowId() + "/export", null, token)
                .body());
        assertThat(numbersAsDoubles(downloaded)).isEqualTo(numbersAsDoubles(api));
        assertThat(Files.readString(file)).contains("Say hello");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void a_dotportion_export_imports_into_the_open_draft_and_undo_brings_the_draft_back(@TempDir Path dir)
            throws IOException {
        newWorkflow("Placeholder", "/placeholder");
        Map<?, ?> todo = (Map<?, ?>) Json.parse(Files.readString(example()));

        pick(example());
        assertThat(ui.find("import-summary").getText()).contains("Create todo", "create-todo", "6 nodes, 5 edges");
        ui.click("import-replace");

        ui.waitGone("import-dialog");
        // the editor fits the view after an import; on a loaded machine it can run before the nodes are measured
        editor.fitView();
        for (Object node : (List<?>) todo.get("nodes")) {
            editor.findNode((String) ((Map<?, ?>) node).get("id"));
        }
        assertThat(ui.present(Ui.id("rf__edge-e-true")).getText()).isEqualTo("true");
        assertThat(ui.find("wf-path").getDomProperty("value")).isEqualTo("/create-todo");
        assertThat(ui.find("save-state").getText()).contains("Unsaved");
        assertThat(editor.hasNode("response-1")).isFalse();

        ui.click("undo");
        editor.findNode("response-1");
        assertThat(ui.find("wf-path").getDomProperty("value")).isEqualTo("/placeholder");
    }

    @Test
    void an_exported_file_imports_as_a_new_workflow(@TempDir Path dir) throws IOException {
        newWorkflow("Original", "/original");
        String original = workflowId();
        String exported = http.send("GET", "/v1/workflows/" + original + "/export", null, token)
                .body()
                .replace("/original", "/copy");

        pick(write(dir, "original.json", exported));
        ui.click("import-create");

        Poll.until(Duration.ofSeconds(10), this::workflowId, id -> !id.equals(original), "the new workflow opens");
        editor.findNode("response-1");
        ui.waitAttribute(Ui.id("wf-path"), "value", "/copy");
        assertThat(ui.find("wf-name").getDomProperty("value")).isEqualTo("Original");
    }

    @Test
    void every_problem_of_a_file_that_is_no_workflow_is_listed(@TempDir Path dir) throws IOException {
        newWorkflow("Kept", "/kept");

        pick(write(dir, "broken.json", "{\"nodes\": ["));
        assertThat(ui.find("import-problems").getText()).contains("not valid JSON");
        assertThat(ui.all(Ui.id("import-replace"))).isEmpty();
        ui.click("import-cancel");

        pick(write(dir, "shape.json", "{\"nodes\": 3, \"edges\": {}}"));
        assertThat(ui.all(By.cssSelector("[data-testid='import-problems'] li")))
                .extracting(WebElement::getText)
                .containsExactly("It has no \"nodes\" list.", "Its \"edges\" is not a list.");
        ui.click("import-cancel");

        pick(write(
                dir,
                "nodes.json",
                "{\"name\": \"Bad\", \"method\": \"GET\", \"path\": \"/bad\", "
                        + "\"nodes\": [1, \"two\"], \"edges\": []}"));
        ui.click("import-replace");
        ui.find("import-violations");
        assertThat(ui.all(By.cssSelector("[data-testid='import-violations'] li")))
                .extracting(WebElement::getText)
                .filteredOn(text -> text.contains("a node must be a JSON object"))
                .hasSize(2);
        ui.click("import-create");
        ui.find("import-failure");
        assertThat(ui.all(By.cssSelector("[data-testid='import-violations'] li")))
                .hasSizeGreaterThanOrEqualTo(2);
        ui.click("import-cancel");

        editor.findNode("response-1");
        assertThat(ui.find("wf-path").getDomProperty("value")).isEqualTo("/kept");
    }
}
