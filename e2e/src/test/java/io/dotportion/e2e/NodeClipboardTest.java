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
import io.dotportion.nodes.jwt.JwtGenerateNode;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.server.support.RunningPlatform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Nodes copied with Ctrl+C in one workflow are pasted with Ctrl+V into another through the system clipboard: the
 * nodes and the edge between them arrive with fresh ids and their labels, and the pasted workflow saves. Text that
 * is not copied nodes is ignored with a notice, and a paste event's own text (as another tab would put it on the
 * clipboard) is read the same way.
 */
@BrowserTest
class NodeClipboardTest {
    /** A paste event carrying text, as the browser sends when the clipboard holds it. */
    private static final String PASTE = String.join(
            "\n",
            "const data = new DataTransfer();",
            "data.setData('text/plain', arguments[0]);",
            "document.body.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true}));");

    private final RunningPlatform platform;
    private final Browser browser;
    private final Ui ui;
    private final Editor editor;
    private final Pages pages;
    private final Account account = Account.fresh("clip");
    private final String projectId;

    NodeClipboardTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        ui = browser.ui();
        editor = new Editor(browser);
        pages = new Pages(browser, platform);
        pages.signUp(account);
        projectId = pages.createProject("Clipboard");
    }

    private String newWorkflow(String name, String path) {
        browser.driver().get(platform.url("/projects/" + projectId));
        pages.createWorkflow(name, "GET", path);
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private void ctrlClick(String nodeId) {
        new Actions(browser.driver())
                .keyDown(Keys.CONTROL)
                .click(editor.findNode(nodeId).findElement(By.className("dp-node-label")))
                .keyUp(Keys.CONTROL)
                .perform();
    }

    private String label(String nodeId) {
        return editor.findNode(nodeId)
                .findElement(By.className("dp-node-label"))
                .getText();
    }

    private void focusCanvas() {
        ui.click(By.className("react-flow__pane"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<?, ?> node) {
        return (Map<String, Object>) node.get("data");
    }

    @Test
    void two_nodes_and_their_edge_copied_in_one_workflow_paste_into_another_with_fresh_ids_and_labels() {
        newWorkflow("Source", "/source");
        editor.select("start");
        editor.add(LogicNodeType.ID, "logic-1");
        ui.type("node-label", "Shape the answer");
        editor.select("response-1");
        ui.type("node-label", "Send it");
        editor.select("logic-1");
        ctrlClick("response-1");
        editor.shortcut("c", false);
        editor.pressSave();
        editor.waitSaved();

        newWorkflow("Target", "/target");
        focusCanvas();
        editor.shortcut("v", false);

        editor.findNode("logic-1");
        editor.findNode("response-2");
        assertThat(label("logic-1")).isEqualTo("Shape the answer");
        assertThat(label("response-2")).isEqualTo("Send it");
        assertThat(label("response-1")).isEqualTo("API Response");
        ui.present(Ui.id("rf__edge-e-logic-1-response-2"));
        assertThat(editor.hasNode("start-2")).isFalse();

        editor.pressSave();
        editor.waitSaved();
        browser.driver().navigate().refresh();
        editor.findNode("response-2");
        assertThat(label("logic-1")).isEqualTo("Shape the answer");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void copied_text_is_not_pasted_as_nodes_and_says_so() {
        newWorkflow("Words", "/words");
        ui.type("palette-search", "plain words");
        ui.find("palette-search").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.chord(Keys.CONTROL, "c"));
        ui.type("palette-search", "");
        focusCanvas();
        editor.shortcut("v", false);

        ui.waitText("notice", "Nothing pasted");
        assertThat(ui.all(By.cssSelector(".react-flow__node"))).hasSize(2);

        ((JavascriptExecutor) browser.driver()).executeScript(PASTE, "{\"dotportion\": \"nodes\", \"version\": 9}");
        ui.waitText("notice", "another version");
        assertThat(ui.all(By.cssSelector(".react-flow__node"))).hasSize(2);
    }

    @Test
    void a_paste_event_with_copied_nodes_adds_them_and_keeps_secrets_by_name() {
        String workflowId = newWorkflow("Pasted", "/pasted");
        String clip = Json.write(Map.of(
                "dotportion",
                "nodes",
                "version",
                1,
                "nodes",
                List.of(Map.of(
                        "id",
                        "sign",
                        "type",
                        JwtGenerateNode.ID,
                        "data",
                        Map.of("label", "Sign it", "secret", "jwt", "payload", Map.of()),
                        "position",
                        Map.of("x", 0, "y", 300))),
                "edges",
                List.of()));
        focusCanvas();

        ((JavascriptExecutor) browser.driver()).executeScript(PASTE, clip);

        editor.findNode("jwtGenerate-1");
        assertThat(label("jwtGenerate-1")).isEqualTo("Sign it");
        editor.pressSave();
        editor.waitSaved();
        Http http = new Http(platform);
        String token = http.login(account.email(), account.password());
        Map<?, ?> saved = (Map<?, ?>) Json.parse(
                http.send("GET", "/v1/workflows/" + workflowId, null, token).body());
        Map<?, ?> signer = ((List<?>) saved.get("nodes"))
                .stream()
                        .map(n -> (Map<?, ?>) n)
                        .filter(n -> n.get("id").equals("jwtGenerate-1"))
                        .findFirst()
                        .orElseThrow();
        assertThat(data(signer)).containsEntry("secret", "jwt").containsEntry("label", "Sign it");
    }
}
