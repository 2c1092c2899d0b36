package io.dotportion.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.model.Violation;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workflow the repository ships outside the tests (the load script's, the benchmarks', the templates')
 * passes the server's own validation, so a stricter rule cannot leave a benchmark or a template that no longer
 * deploys.
 */
class ShippedWorkflowsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static OfflineValidator validator;

    @BeforeAll
    static void open() {
        validator = OfflineValidator.open();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    static Stream<Path> shipped() throws IOException {
        return Stream.of(
                        ROOT.resolve("scripts/load"),
                        ROOT.resolve("bench/src/main/resources/io/dotportion/bench/workflows"),
                        ROOT.resolve("server/src/main/resources/templates"))
                .flatMap(ShippedWorkflowsTest::workflowFiles);
    }

    private static Stream<Path> workflowFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files
                    .filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals("template.json"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void a_shipped_workflow_has_no_error(Path file) throws IOException {
        Object document = Json.parse(Files.readString(file, StandardCharsets.UTF_8));

        List<Violation> errors =
                validator.validate(document).stream().filter(Violation::isError).toList();

        assertThat(errors).as(ROOT.relativize(file).toString()).isEmpty();
    }
}
