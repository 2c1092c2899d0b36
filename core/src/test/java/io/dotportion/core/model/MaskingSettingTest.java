package io.dotportion.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.value.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskingSettingTest {
    /** The documents here have no nodes: no type branches. */
    private static final java.util.function.Predicate<String> BRANCHING = type -> false;

    private static final String BASE = "{'name': 'Echo', 'method': 'POST', 'path': '/echo', 'nodes': [], 'edges': []";

    private static DocumentReading read(String masking) {
        String json = masking == null ? BASE + "}" : BASE + ", 'masking': " + masking + "}";
        return WorkflowDocuments.read(Json.parse(json.replace('\'', '"')));
    }

    @Test
    void without_a_masking_field_names_are_masked_by_default_and_none_is_written() {
        DocumentReading reading = read(null);

        assertThat(reading.violations()).isEmpty();
        assertThat(reading.document().masking()).isNull();
        assertThat(reading.document().maskingOrDefault()).isEqualTo(MaskingSetting.DEFAULT);
        assertThat(MaskingSetting.DEFAULT.names()).isTrue();
        assertThat(WorkflowDocuments.toValue(reading.document())).doesNotContainKey("masking");
    }

    @Test
    void a_setting_is_read_written_back_stored_and_kept_by_normalisation() throws Exception {
        WorkflowDocument doc = read("{'names': false, 'extraNames': ['ssn', 'card_number'], 'exceptNames': ['token']}")
                .document();

        assertThat(doc.masking()).isEqualTo(new MaskingSetting(false, List.of("ssn", "card_number"), List.of("token")));
        DocumentReading again = WorkflowDocuments.read(Json.parse(Json.write(WorkflowDocuments.toValue(doc))));
        assertThat(again.violations()).isEmpty();
        assertThat(again.document()).isEqualTo(doc);
        assertThat(Json.mapper().readValue(Json.write(doc), WorkflowDocument.class))
                .isEqualTo(doc);
        assertThat(DotPortionShape.normalize(doc, BRANCHING).masking()).isEqualTo(doc.masking());
        assertThat(doc.withGraph(doc.nodes(), doc.edges()).masking()).isEqualTo(doc.masking());
        assertThat(read("{}").document().masking()).isEqualTo(MaskingSetting.DEFAULT);
        assertThat(read("{'extraNames': ['ssn']}").document().masking().names()).isTrue();
    }

    @Test
    void invalid_settings_are_violations_at_their_json_paths() {
        assertThat(read("true").violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("masking", ViolationCode.INVALID_SHAPE));
        assertThat(read("{'names': 'yes'}").violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("masking.names", ViolationCode.INVALID_MASKING_SETTING));
        assertThat(read("{'extraNames': 'ssn'}").violations())
                .extracting(Violation::path)
                .containsExactly("masking.extraNames");
        assertThat(read("{'extraNames': ['ssn', 3, '', '--'], 'exceptNames': [null]}")
                        .violations())
                .extracting(Violation::path)
                .containsExactly(
                        "masking.extraNames[1]",
                        "masking.extraNames[2]",
                        "masking.extraNames[3]",
                        "masking.exceptNames[0]");
        assertThat(read("{'extraNames': ['" + "x".repeat(65) + "']}").violations())
                .extracting(Violation::path)
                .containsExactly("masking.extraNames[0]");
        assertThat(read("{'names': true, 'fields': [], 'mode': 'all'}").violations())
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("masking.fields", "masking.mode");
        DocumentReading invalid = read("{'names': 1}");
        assertThat(invalid.document().masking()).isNull();
    }
}
