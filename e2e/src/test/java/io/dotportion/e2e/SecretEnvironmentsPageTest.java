package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.secrets.vault.SecretType;
import io.dotportion.server.support.RunningPlatform;
import org.junit.jupiter.api.Test;

/**
 * A secret gets a test value beside its live one, a staged live value is promoted, another discarded; an added
 * environment gets a value and goes again.
 */
@BrowserTest
class SecretEnvironmentsPageTest {
    private static final String LIVE = "mongodb://app:live-pass-9c1e@127.0.0.1:27017/shop";

    @Test
    void test_and_live_values_are_set_and_a_staged_value_is_promoted_or_discarded(
            RunningPlatform platform, Browser browser) {
        Ui ui = browser.ui();
        Pages pages = new Pages(browser, platform);
        pages.signUp(Account.fresh("envs"));
        pages.createProject("Envs");
        ui.click("tab-secrets");
        ui.type("secret-name", "db");
        ui.select("secret-type", SecretType.MONGODB.id());
        ui.type("secret-value", LIVE);
        ui.click("secret-save");
        ui.waitText("secret-row-db", "live v1");
        assertThat(ui.find("secret-row-db").getText()).contains("test —").contains("Test runs fail");

        ui.find("secret-row-db").findElement(Ui.id("set-test-value")).click();
        ui.type("replace-value", LIVE.replace("live-pass", "test-pass"));
        ui.click("replace-save");
        ui.waitText("secret-row-db", "test v2");
        assertThat(ui.find("secret-row-db").getText()).doesNotContain("Test runs fail");

        ui.find("secret-row-db").findElement(Ui.id("replace-secret")).click();
        ui.click("replace-stage");
        ui.type("replace-value", LIVE.replace("live-pass", "next-pass"));
        ui.click("replace-save");
        ui.waitText("secret-row-db", "staged v3");
        assertThat(ui.find("secret-row-db").getText()).contains("live v1");
        ui.click("promote-live");
        ui.waitText("secret-row-db", "live v3");
        assertThat(ui.all(Ui.id("promote-live"))).isEmpty();

        ui.find("secret-row-db").findElement(Ui.id("replace-secret")).click();
        ui.click("replace-stage");
        ui.type("replace-value", LIVE.replace("live-pass", "bad-pass"));
        ui.click("replace-save");
        ui.waitText("secret-row-db", "staged v4");
        ui.click("discard-live");
        ui.waitAbsent(Ui.id("discard-live"));
        assertThat(ui.find("secret-row-db").getText()).contains("live v3").doesNotContain("staged");

        ui.type("environment-name", "staging");
        ui.click("environment-add");
        ui.waitText("secret-row-db", "staging —");
        ui.find("secret-row-db").findElement(Ui.id("replace-secret")).click();
        ui.select("replace-environment", "staging");
        ui.type("replace-value", LIVE.replace("live-pass", "stag-pass"));
        ui.click("replace-save");
        ui.waitText("secret-row-db", "staging v5");
        ui.click("remove-environment-staging");
        ui.waitAbsent(Ui.id("environment-staging"));
        assertThat(ui.find("secret-row-db").getText()).doesNotContain("staging");
        browser.screenshot("secret-environments");
        assertThat(browser.driver().getPageSource()).doesNotContain("-pass-9c1e");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }
}
