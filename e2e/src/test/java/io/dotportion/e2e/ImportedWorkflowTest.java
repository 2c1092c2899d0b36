package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A workflow in DotPortion's exported shape, imported from the workflows page, opens with every node and edge. */
@BrowserTest
class ImportedWorkflowTest {
    private final RunningPlatform platform;
    private final Browser browser;
    private final Account account;
    private final String projectId;
    private final String token;

    ImportedWorkflowTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        account = Account.fresh("importer");
        new Pages(browser, platform).signUp(account);
        projectId = new Pages(browser, platform).createProject("Todo API");
        Http http = new Http(platform);
        token = http.login(account.email(), account.password());
    }

    @Test
    void the_dotportion_create_todo_export_opens_with_every_node_and_edge() throws IOException {
        String json = Files.readString(example());
        importAndCheck(json, "imported-create-todo");
    }

    @Test
    void a_dotportion_export_with_condition_edge_ids_opens_with_labelled_branches() throws IOException {
        importAndCheck(Json.write(withoutDatabaseNode(Files.readString(example()))), "imported-workflow");
    }

    private void importAndCheck(String json, String screenshot) {
        Ui ui = browser.ui();
        Editor editor = new Editor(browser);
        browser.driver().get(platform.url("/projects/" + projectId));
        ui.find("import-json").sendKeys(json);
        ui.click("import-submit");
        ui.find("canvas");
        Map<?, ?> doc = (Map<?, ?>) Json.parse(json);
        for (Object node : (List<?>) doc.get("nodes")) {
            Map<?, ?> n = (Map<?, ?>) node;
            assertThat(editor.findNode((String) n.get("id")).getDomAttribute("data-kind"))
                    .isEqualTo(n.get("type"));
        }
        for (Object edge : (List<?>) doc.get("edges")) {
            ui.present(Ui.id("rf__edge-" + ((Map<?, ?>) edge).get("id")));
        }
        assertThat(ui.present(Ui.id("rf__edge-e-true")).getText()).isEqualTo("true");
        assertThat(ui.present(Ui.id("rf__edge-e-false")).getText()).isEqualTo("false");
        assertThat(ui.find("wf-path").getDomProperty("value")).isEqualTo("/create-todo");
        browser.screenshot(screenshot);
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    /** The same export with its database node turned into a Logic node (always registered). */
    private Map<String, Object> withoutDatabaseNode(String json) {
        Map<String, Object> doc = new LinkedHashMap<>((Map<String, Object>) Json.parse(json));
        List<Object> nodes = new ArrayList<>();
        for (Object node : (List<?>) doc.get("nodes")) {
            Map<String, Object> n = new LinkedHashMap<>((Map<String, Object>) node);
            if ("database".equals(n.get("type"))) {
                n.put("type", "logic");
                n.put("data", Map.of("label", "Insert", "code", "return {insertedId: 'x'};"));
            }
            nodes.add(n);
        }
        doc.put("nodes", nodes);
        doc.put("name", "Create todo (logic)");
        return doc;
    }

    private Path example() {
        return Path.of(
                System.getProperty("dotportion.examples", "src/test/resources/examples"),
                "dotportion-create-todo.json");
    }
}
