package io.dotportion.server.nodetypes;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.BuiltInNodeTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/NODES.md is generated from the descriptors and kept current. */
class NodesDocTest {
    private static final Path FILE = Path.of("").toAbsolutePath().getParent().resolve("docs/NODES.md");

    @Test
    void nodes_md_is_generated_from_the_current_descriptors() throws IOException {
        String expected = NodesDoc.render(BuiltInNodeTypes.registry().descriptors());
        if (Boolean.getBoolean("dotportion.regenerate")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";

        assertThat(actual)
                .as("docs/NODES.md is out of date with the node descriptors; regenerate it with: "
                        + NodesDoc.REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void the_document_names_every_field_and_error_of_every_node() {
        String doc = NodesDoc.render(BuiltInNodeTypes.registry().descriptors());

        BuiltInNodeTypes.registry().descriptors().forEach(d -> {
            assertThat(doc).contains("(`" + d.id() + "`)");
            ((java.util.Map<?, ?>) d.configSchema().get("properties"))
                    .keySet()
                    .forEach(field -> assertThat(doc).contains("| `" + field + "`"));
            d.errors().forEach(e -> assertThat(doc).contains("| `" + e.code() + "` | " + e.status()));
        });
    }
}
