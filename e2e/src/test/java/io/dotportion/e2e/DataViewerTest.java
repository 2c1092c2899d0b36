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

/** A viewer opening the Data tab is told why the data is not shown, and offered nothing that writes. */
@BrowserTest
class DataViewerTest {
    @Test
    void a_viewer_is_told_that_the_data_is_for_editors_and_offered_no_writes(
            RunningPlatform platform, Browser browser) {
        Ui ui = browser.ui();
        Account owner = Account.fresh("dataowner");
        Account viewer = Account.fresh("dataviewer");
        Http http = new Http(platform);
        http.send(
                "POST",
                "/v1/auth/signup",
                Json.write(Map.of("email", owner.email(), "username", owner.username(), "password", owner.password())));
        Api api = new Api(http, http.login(owner.email(), owner.password()));
        String projectId = (String) api.call("POST", "/v1/projects", Map.of("name", "Kept", "slug", "kept"), 201)
                .get("id");
        api.call("POST", "/v1/projects/" + projectId + "/data/collections/users/documents", Map.of("n", 1), 201);
        new Pages(browser, platform).signUp(viewer);
        api.call(
                "POST",
                "/v1/projects/" + projectId + "/members",
                Map.of("username", viewer.username(), "role", "viewer"),
                201);

        browser.driver().get(platform.url("/projects/" + projectId + "/data"));
        assertThat(ui.find("data-refused").getText()).contains("editors and owners");
        assertThat(ui.all(Ui.id("collection-users"))).isEmpty();
        assertThat(ui.all(Ui.id("data-insert"))).isEmpty();
        assertThat(ConsoleErrors.in(browser.console(), List.of("status of 403")))
                .isEmpty();
    }
}
