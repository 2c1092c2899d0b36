package io.dotportion.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.value.Json;
import org.junit.jupiter.api.Test;

class LogSettingTest {
    /** DotPortion names the edges of its condition and loop nodes. */
    private static final java.util.function.Predicate<String> BRANCHING =
            java.util.Set.of("condition", "loop")::contains;

    private static final String BASE = "{'name': 'Echo', 'method': 'POST', 'path': '/echo', 'nodes': [], 'edges': []";

    private static DocumentReading read(String log) {
        String json = log == null ? BASE + "}" : BASE + ", 'log': " + log + "}";
        return WorkflowDocuments.read(Json.parse(json.replace('\'', '"')));
    }

    @Test
    void without_a_log_field_the_document_has_the_default_setting_and_writes_none() {
        DocumentReading reading = read(null);

        assertThat(reading.violations()).isEmpty();
        assertThat(reading.document().log()).isNull();
        assertThat(WorkflowDocuments.toValue(reading.document())).doesNotContainKey("log");
    }

    @Test
    void each_mode_is_read_and_written_back_the_same() {
        assertThat(read("{'mode': 'all'}").document().log()).isEqualTo(LogSetting.of(LogSetting.Mode.ALL));
        assertThat(read("{'mode': 'errors'}").document().log()).isEqualTo(LogSetting.of(LogSetting.Mode.ERRORS));
        assertThat(read("{'mode': 'off'}").document().log()).isEqualTo(LogSetting.of(LogSetting.Mode.OFF));
        assertThat(read("{'mode': 'sample', 'rate': 0.01}").document().log()).isEqualTo(LogSetting.sample(0.01));
        assertThat(read("{'mode': 'sample', 'rate': 1}").document().log()).isEqualTo(LogSetting.sample(1));

        WorkflowDocument sampled = read("{'mode': 'sample', 'rate': 0.25}").document();
        DocumentReading again = WorkflowDocuments.read(Json.parse(Json.write(WorkflowDocuments.toValue(sampled))));
        assertThat(again.violations()).isEmpty();
        assertThat(again.document()).isEqualTo(sampled);
    }

    @Test
    void the_setting_survives_the_stored_json_form_and_normalisation() throws Exception {
        WorkflowDocument doc = read("{'mode': 'sample', 'rate': 0.5}").document();

        String stored = Json.write(doc);
        assertThat(Json.mapper().readValue(stored, WorkflowDocument.class)).isEqualTo(doc);
        assertThat(DotPortionShape.normalize(doc, BRANCHING).log()).isEqualTo(LogSetting.sample(0.5));
        assertThat(doc.withGraph(doc.nodes(), doc.edges()).log()).isEqualTo(doc.log());
    }

    @Test
    void a_stored_document_from_before_the_field_reads_with_the_default() throws Exception {
        String old = "{\"name\":\"a\",\"method\":\"GET\",\"path\":\"/a\",\"nodes\":[],\"edges\":[]}";

        assertThat(Json.mapper().readValue(old, WorkflowDocument.class).log()).isNull();
    }

    @Test
    void invalid_settings_are_violations_at_their_json_paths() {
        assertThat(read("'all'").violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("log", ViolationCode.INVALID_SHAPE));
        assertThat(read("{}").violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("log.mode", ViolationCode.MISSING_FIELD));
        assertThat(read("{'mode': 'verbose'}").violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("log.mode", ViolationCode.INVALID_LOG_SETTING));
        assertThat(read("{'mode': 3}").violations()).extracting(Violation::path).containsExactly("log.mode");
        assertThat(read("{'mode': 'ALL'}").violations())
                .extracting(Violation::path)
                .containsExactly("log.mode");
        assertThat(read("{'mode': 'sample'}").violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("log.rate", ViolationCode.MISSING_FIELD));
        for (String rate : new String[] {"0", "-0.5", "1.5", "'half'", "null"}) {
            DocumentReading reading = read("{'mode': 'sample', 'rate': " + rate + "}");
            assertThat(reading.violations())
                    .as(rate)
                    .extracting(Violation::path)
                    .containsExactly("log.rate");
            assertThat(reading.document().log()).isNull();
        }
        assertThat(read("{'mode': 'all', 'rate': 0.5}").violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("log.rate", ViolationCode.INVALID_LOG_SETTING));
        assertThat(read("{'mode': 'off', 'successes': 'none', 'perSecond': 3}").violations())
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("log.successes", "log.perSecond");
    }
}
