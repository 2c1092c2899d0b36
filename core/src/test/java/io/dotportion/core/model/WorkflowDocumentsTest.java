package io.dotportion.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.value.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkflowDocumentsTest {

    private static DocumentReading read(String json) {
        return WorkflowDocuments.read(Json.parse(json.replace('\'', '"')));
    }

    @Test
    void reads_name_method_path_nodes_and_edges() {
        DocumentReading reading = read(
                "{'name': 'Echo', 'method': 'POST', 'path': '/echo', 'nodes': [{'id': 'start',"
                        + " 'type': 'apiStart', 'data': {'a': [1]}, 'position': {'x': 1, 'y': 2.5}, 'selected': true}],"
                        + " 'edges': [{'id': 'e1', 'source': 'start', 'target': 'out', 'sourceHandle': 'error', 'animated': true}]}");

        assertThat(reading.violations()).isEmpty();
        WorkflowDocument doc = reading.document();
        assertThat(doc.name()).isEqualTo("Echo");
        assertThat(doc.nodes())
                .containsExactly(new NodeSpec("start", "apiStart", Map.of("a", List.of(1)), new Position(1, 2.5)));
        assertThat(doc.edges()).containsExactly(new EdgeSpec("e1", "start", "out", "error"));
    }

    @Test
    void wrong_shapes_are_violations_with_paths_and_keep_list_positions() {
        DocumentReading reading = read("{'name': {'x': 1}, 'method': 'GET', 'path': '/a', 'nodes': ["
                + "{'id': 'a', 'type': 'logic', 'data': [1]}, 'not a node', {'id': 7, 'type': 'response', 'position': 'here'}],"
                + " 'edges': [3, {'id': 'e', 'source': ['a'], 'target': 'b'}]}");

        assertThat(reading.violations())
                .extracting(Violation::code, Violation::path)
                .containsExactly(
                        tuple(ViolationCode.INVALID_SHAPE, "nodes[0].data"),
                        tuple(ViolationCode.INVALID_SHAPE, "nodes[1]"),
                        tuple(ViolationCode.INVALID_SHAPE, "nodes[2].position"),
                        tuple(ViolationCode.INVALID_SHAPE, "edges[0]"),
                        tuple(ViolationCode.INVALID_SHAPE, "edges[1].source"),
                        tuple(ViolationCode.INVALID_SHAPE, "name"));
        assertThat(reading.document().nodes()).hasSize(3);
        assertThat(reading.document().nodes().get(2).id()).isEqualTo("7");
        assertThat(reading.document().edges()).hasSize(2);
        assertThat(reading.document().name()).isNull();
    }

    @Test
    void lists_that_are_not_arrays_and_documents_that_are_not_objects_are_violations() {
        assertThat(read("{'nodes': {}, 'edges': 'none'}").violations())
                .extracting(Violation::path)
                .containsExactly("nodes", "edges");
        DocumentReading notAnObject = WorkflowDocuments.read(List.of());
        assertThat(notAnObject.violations()).extracting(Violation::path).containsExactly("");
        assertThat(notAnObject.document().nodes()).isEmpty();
    }

    @Test
    void validation_problems_under_a_wrongly_shaped_part_are_left_out() {
        DocumentReading reading = read("{'nodes': [{'id': 'a'}, 'oops'], 'name': 5}");
        List<Violation> validation = List.of(
                Violation.error("nodes[1].id", ViolationCode.MISSING_FIELD, "id is required"),
                Violation.error("nodes[1]", ViolationCode.UNREACHABLE_NODE, "unreachable"),
                Violation.error("nodes[10].id", ViolationCode.MISSING_FIELD, "id is required"),
                Violation.error("nodes[0].type", ViolationCode.MISSING_FIELD, "type is required"));

        assertThat(reading.withValidation(validation))
                .extracting(Violation::path)
                .containsExactly("nodes[1]", "nodes[10].id", "nodes[0].type");
        assertThat(reading.document().name()).isEqualTo("5");
    }

    @Test
    void a_document_written_as_a_value_reads_back_the_same() {
        WorkflowDocument doc = new WorkflowDocument(
                "W",
                "PUT",
                "/w/{id}",
                List.of(
                        new NodeSpec("s", "apiStart", Map.of(), new Position(3, 4)),
                        new NodeSpec("c", "condition", Map.of("value", "{{input}}"), null)),
                List.of(new EdgeSpec("e1", "s", "c", null), new EdgeSpec("e2", "c", "s", "true")));

        String exported = Json.write(WorkflowDocuments.toValue(doc));
        DocumentReading back = WorkflowDocuments.read(Json.parse(exported));

        assertThat(back.violations()).isEmpty();
        assertThat(back.document()).isEqualTo(doc);
        assertThat(exported).doesNotContain("sourceHandle\":null");
    }
}
