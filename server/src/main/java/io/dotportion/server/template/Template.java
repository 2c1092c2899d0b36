package io.dotportion.server.template;

import java.util.List;
import java.util.Map;

/**
 * A ready-made set of workflows a project can be given in one call, with the secrets they reference and the
 * managed collections they use.
 *
 * @param workflows   the workflow documents, as JSON trees (read like a create body)
 * @param secrets     the secrets the workflows name
 * @param collections managed collections and the schema each gets when it has none
 */
public record Template(
        String id,
        String name,
        String description,
        List<Map<String, Object>> workflows,
        List<SecretNeed> secrets,
        List<CollectionNeed> collections) {

    public Template {
        workflows = List.copyOf(workflows);
        secrets = List.copyOf(secrets);
        collections = List.copyOf(collections);
    }

    /** A secret the workflows name, of a type, and what it is for. */
    public record SecretNeed(String name, String type, String purpose) {}

    /** A managed collection and the schema it gets when it has none. */
    public record CollectionNeed(String name, Map<String, Object> schema) {}

    /** {@code {id, name, description, workflows: [{name, method, path}], secrets, collections: [name]}}. */
    public Map<String, Object> summary() {
        return Map.of(
                "id",
                id,
                "name",
                name,
                "description",
                description,
                "workflows",
                workflows.stream()
                        .map(w -> Map.of(
                                "name", w.get("name"),
                                "method", w.get("method"),
                                "path", w.get("path")))
                        .toList(),
                "secrets",
                secrets.stream()
                        .map(s -> Map.of("name", s.name(), "type", s.type(), "purpose", s.purpose()))
                        .toList(),
                "collections",
                collections.stream().map(CollectionNeed::name).toList());
    }
}
