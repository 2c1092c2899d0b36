package io.dotportion.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetricsSettingsTest {

    @Test
    void the_token_never_shows_in_the_settings_text() {
        MetricsSettings settings = MetricsSettings.defaults().withToken("s3cr3t-scrape-token");

        assertThat(settings.toString()).doesNotContain("s3cr3t").contains("***");
    }

    @Test
    void a_blank_token_means_anonymous_metrics() {
        assertThat(MetricsSettings.defaults().withToken("  ").token()).isNull();
        assertThat(MetricsSettings.defaults().token()).isNull();
    }

    @Test
    void metrics_stay_on_the_http_port_unless_a_management_port_is_given() {
        assertThat(MetricsSettings.defaults().ownPort()).isFalse();
        assertThat(MetricsSettings.defaults().withManagementPort(0).ownPort()).isTrue();
        assertThat(MetricsSettings.defaults().withManagementPort(9090).managementPort())
                .isEqualTo(9090);
    }

    @Test
    void a_port_out_of_range_is_refused() {
        assertThatThrownBy(() -> MetricsSettings.defaults().withManagementPort(65_536))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MetricsSettings.defaults().withManagementPort(-2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
