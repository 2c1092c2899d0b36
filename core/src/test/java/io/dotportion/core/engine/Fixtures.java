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
import java.util.Optional;
import java.util.OptionalInt;
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

    /**
     * The project's secrets by type, from the optional {@code "secrets": {"jwt": ["name"]}}, with the lengths of
     * their values from the optional {@code "secretBytes": {"name": 40}}; {@code "secrets": "unchecked"} for none
     * known at all (offline).
     */
    @SuppressWarnings("unchecked")
    SecretCatalog secrets() {
        if ("unchecked".equals(raw.get("secrets"))) {
            return SecretCatalog.UNCHECKED;
        }
        Map<String, List<String>> byType = (Map<String, List<String>>) raw.getOrDefault("secrets", Map.of());
        Map<String, Integer> bytes = (Map<String, Integer>) raw.getOrDefault("secretBytes", Map.of());
        return new SecretCatalog() {
            @Override
            public Set<String> names(String type) {
                return Set.copyOf(byType.getOrDefault(type, List.of()));
            }

            @Override
            public Optional<String> typeOf(String name) {
                return byType.entrySet().stream()
                        .filter(e -> e.getValue().contains(name))
                        .map(Map.Entry::getKey)
                        .findFirst();
            }

            @Override
            public OptionalInt valueBytes(String type, String name) {
                return names(type).contains(name) && bytes.containsKey(name)
                        ? OptionalInt.of(bytes.get(name))
                        : OptionalInt.empty();
            }
        };
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
