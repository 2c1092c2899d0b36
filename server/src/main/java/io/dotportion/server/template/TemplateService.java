package io.dotportion.server.template;

import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.Project;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.secrets.vault.SecretInput;
import io.dotportion.secrets.vault.SecretMetadata;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.secrets.vault.SecretWriteOptions;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.data.SchemaSetup;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import io.dotportion.server.workflow.Drafts;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/templates} lists the shipped templates; {@code POST /v1/projects/{pid}/templates/{id}} gives a
 * project one: the collections' schemas (when they have none), the secrets when asked ({@code createSecrets}:
 * generated values), then the workflows as drafts. Everything is checked before anything is written: a
 * workflow of the project at the same method and path, or a secret of the same name and another type, is a 409.
 */
public final class TemplateService implements ApiService {
    /** The body of an apply: whether to create the missing secrets with generated values. */
    public record Apply(boolean createSecrets) {}

    private final TemplateCatalog catalog;
    private final ProjectAccess projects;
    private final WorkflowStore workflows;
    private final Drafts drafts;
    private final SecretVault vault;
    private final SchemaSetup schemas;
    private final JsonRequests json;

    public TemplateService(
            TemplateCatalog catalog,
            ProjectAccess projects,
            WorkflowStore workflows,
            Drafts drafts,
            SecretVault vault,
            SchemaSetup schemas,
            JsonRequests json) {
        this.catalog = catalog;
        this.projects = projects;
        this.workflows = workflows;
        this.drafts = drafts;
        this.vault = vault;
        this.schemas = schemas;
        this.json = json;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/v1/templates", this::list)
                        .summary("The workflow templates")
                        .answer(
                                200,
                                "each template's summary",
                                Shape.listWith("id", "name", "description", "workflows")),
                ApiRoute.post("/v1/projects/{pid}/templates/{id}", this::apply)
                        .summary("Create a template's workflows, collections and secret slots in a project")
                        .access(Access.EDITOR)
                        .body(Apply.class)
                        .answer(
                                201,
                                "what was created, and whether it is ready to deploy",
                                Shape.objectWith("template", "workflows", "secrets", "collections", "ready"))
                        .errors(ApiError.CONFLICT));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Caller.of(req);
        JsonResponses.ok(res, catalog.all().stream().map(Template::summary).toList());
    }

    private void apply(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        String pid = req.path().pathParameters().get("pid");
        Project project = projects.project(caller, pid, Permission.WRITE_WORKFLOWS);
        projects.project(caller, pid, Permission.WRITE_DATA);
        Template template = catalog.find(req.path().pathParameters().get("id")).orElseThrow(ApiException::notFound);
        Apply body = json.readOptional(req, Apply.class, new Apply(false));
        if (body.createSecrets()) {
            projects.project(caller, pid, Permission.WRITE_SECRETS);
        }
        List<WorkflowDocument> documents = checked(template, project.id());
        refuseClashes(documents, project.id());
        List<Map<String, Object>> secrets = secretStatus(template, project.id());
        List<Map<String, Object>> collections = setUpCollections(template, project.id());
        boolean ready = true;
        for (Map<String, Object> secret : secrets) {
            if ("missing".equals(secret.get("status"))) {
                if (body.createSecrets()) {
                    createGenerated(project.id(), secret, caller.user().username());
                    secret.put("status", "created");
                } else {
                    ready = false;
                }
            }
        }
        List<Map<String, Object>> created = new ArrayList<>();
        for (WorkflowDocument document : documents) {
            WorkflowRecord record = workflows.create(project.id(), document);
            created.add(Map.of(
                    "id", record.id(), "name", document.name(), "method", document.method(), "path", document.path()));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("template", template.id());
        answer.put("workflows", created);
        answer.put("secrets", secrets);
        answer.put("collections", collections);
        answer.put("ready", ready);
        JsonResponses.created(res, answer);
    }

    private List<WorkflowDocument> checked(Template template, String projectId) {
        List<WorkflowDocument> out = new ArrayList<>();
        for (Map<String, Object> raw : template.workflows()) {
            Drafts.Checked checked = drafts.check(raw, projectId);
            if (!checked.valid()) { // the shipped templates are tested: a bug, never the caller's fault
                throw new IllegalStateException("template " + template.id() + " has an invalid workflow");
            }
            out.add(checked.document());
        }
        return out;
    }

    private void refuseClashes(List<WorkflowDocument> documents, String projectId) {
        List<Map<String, Object>> clashes = new ArrayList<>();
        for (WorkflowRecord existing : workflows.listByProject(projectId)) {
            WorkflowDocument draft = existing.draft();
            boolean clash = documents.stream()
                    .anyMatch(d -> d.method().equalsIgnoreCase(draft.method())
                            && d.path().equals(draft.path()));
            if (clash) {
                clashes.add(Map.of(
                        "id", existing.id(), "name", draft.name(), "method", draft.method(), "path", draft.path()));
            }
        }
        if (!clashes.isEmpty()) {
            throw new ApiException(
                    ApiError.CONFLICT,
                    "the project already has " + clashes.size() + " workflow(s) at the template's methods and paths",
                    Map.of("workflows", clashes));
        }
    }

    /**
     * A generated secret gets two unrelated values: one for deployed traffic ({@code live}) and one for the
     * editor's test runs ({@code test}), so a token signed in a test run never verifies on a live endpoint.
     */
    private void createGenerated(String projectId, Map<String, Object> secret, String actor) {
        String name = (String) secret.get("name");
        String type = (String) secret.get("type");
        vault.write(projectId, name, type, SecretInput.generate(), SecretWriteOptions.LIVE, actor);
        vault.write(
                projectId,
                name,
                type,
                SecretInput.generate(),
                new SecretWriteOptions(SecretRecord.TEST, false, null, null),
                actor);
    }

    private List<Map<String, Object>> secretStatus(Template template, String projectId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Template.SecretNeed need : template.secrets()) {
            Optional<SecretMetadata> existing = vault.get(projectId, need.name());
            if (existing.isPresent() && !existing.get().type().equals(need.type())) {
                throw new ApiException(
                        ApiError.CONFLICT,
                        "the project's secret '" + need.name() + "' is of type "
                                + existing.get().type() + "; the template needs a " + need.type()
                                + " secret of that name",
                        Map.of("secret", need.name()));
            }
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("name", need.name());
            status.put("type", need.type());
            status.put("purpose", need.purpose());
            status.put("status", existing.isPresent() ? "present" : "missing");
            out.add(status);
        }
        return out;
    }

    private List<Map<String, Object>> setUpCollections(Template template, String projectId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Template.CollectionNeed need : template.collections()) {
            try {
                SchemaSetup.Outcome outcome = schemas.ensure(projectId, need.name(), need.schema());
                out.add(Map.of(
                        "name", need.name(), "schema", outcome == SchemaSetup.Outcome.CREATED ? "created" : "kept"));
            } catch (ConflictException e) {
                throw new ApiException(
                        ApiError.CONFLICT,
                        "stored documents of '" + need.name() + "' already repeat values of '" + e.field()
                                + "', which the template makes unique",
                        Map.of("collection", need.name(), "field", String.valueOf(e.field())));
            }
        }
        return out;
    }
}
