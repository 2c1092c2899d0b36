package io.dotportion.core.engine;

import io.dotportion.core.model.DocumentReading;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Workflow fixture files under {@code src/test/resources/workflows}: the document plus test expectations. */
record Fixtures(String name, Map<String, Object> raw) {

    static Stream<Fixtures> in(String folder) {
        try (Stream<Path> files = Files.list(
                Path.of(Fixtures.class.getResource("/workflows/" + folder).toURI()))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(Fixtures::load).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Fixtures load(Path file) {
        try {
            return new Fixtures(
                    file.getFileName().toString(), (Map<String, Object>) Json.parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DocumentReading reading() {
        return WorkflowDocuments.read(raw);
    }

    /** The project's secrets by type, from the optional {@code "secrets": {"jwt": ["name"]}}. */
    @SuppressWarnings("unchecked")
    SecretCatalog secrets() {
        Map<String, List<String>> byType = (Map<String, List<String>>) raw.getOrDefault("secrets", Map.of());
        return type -> Set.copyOf(byType.getOrDefault(type, List.of()));
    }

    boolean forDeploy() {
        return Boolean.TRUE.equals(raw.get("forDeploy"));
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String field) {
        return (List<Object>) raw.getOrDefault(field, List.of());
    }

    @Override
    public String toString() {
        return name;
    }
}
