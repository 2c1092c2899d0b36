package io.dotportion.server.template;

import io.dotportion.core.value.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates shipped in the server's resources: {@code /templates/index.txt} names one directory per template
 * (in listing order), each holding {@code template.json} ({@code name, description, workflows: [file],
 * secrets: [{name, type, purpose}], collections: [{name, schema}]}) and the workflow documents it names. Read
 * once, at start; a broken template fails the start (tests cover every shipped one).
 */
public final class TemplateCatalog {
    private static final String ROOT = "/templates/";

    private final List<Template> templates;

    private TemplateCatalog(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The templates of the server's resources. */
    public static TemplateCatalog shipped() {
        List<Template> out = new ArrayList<>();
        for (String line : text(ROOT + "index.txt").lines().toList()) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                out.add(load(id));
            }
        }
        return new TemplateCatalog(out);
    }

    public List<Template> all() {
        return templates;
    }

    public Optional<Template> find(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Template load(String id) {
        Map<String, Object> manifest = (Map<String, Object>) Json.parse(text(ROOT + id + "/template.json"));
        List<Map<String, Object>> workflows = new ArrayList<>();
        for (Object file : (List<Object>) manifest.get("workflows")) {
            workflows.add((Map<String, Object>) Json.parse(text(ROOT + id + "/" + file)));
        }
        List<Template.SecretNeed> secrets = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) manifest.getOrDefault("secrets", List.of())) {
            secrets.add(
                    new Template.SecretNeed((String) s.get("name"), (String) s.get("type"), (String) s.get("purpose")));
        }
        List<Template.CollectionNeed> collections = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) manifest.getOrDefault("collections", List.of())) {
            collections.add(new Template.CollectionNeed((String) c.get("name"), (Map<String, Object>) c.get("schema")));
        }
        return new Template(
                id,
                (String) manifest.get("name"),
                (String) manifest.get("description"),
                workflows,
                secrets,
                collections);
    }

    private static String text(String resource) {
        try (InputStream in = TemplateCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
