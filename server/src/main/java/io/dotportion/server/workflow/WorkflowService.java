package io.dotportion.server.workflow;

import io.dotportion.core.leak.Finding;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.port.Project;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.dotportion.server.leak.LeakViews;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;

/** Workflow drafts: create, import, list, get, update, delete, validate, export. */
public final class WorkflowService implements ApiService {
    private final WorkflowStore workflows;
    private final ProjectAccess projects;
    private final WorkflowAccess access;
    private final Drafts drafts;
    private final Routes routes;
    private final JsonRequests json;
    private final UndeployedChanges undeployed;

    public WorkflowService(
            WorkflowStore workflows,
            ProjectAccess projects,
            WorkflowAccess access,
            Drafts drafts,
            Routes routes,
            JsonRequests json) {
        this.workflows = workflows;
        this.projects = projects;
        this.access = access;
        this.drafts = drafts;
        this.routes = routes;
        this.json = json;
        this.undeployed = new UndeployedChanges(workflows);
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/v1/projects/{pid}/workflows", this::create)
                        .summary("Create a workflow from its document; every violation when it is invalid")
                        .access(Access.EDITOR)
                        .body(WorkflowDocument.class)
                        .answer(201, "the workflow, with warnings", WorkflowView.class)
                        .errors(ApiError.INVALID_WORKFLOW),
                ApiRoute.post("/v1/projects/{pid}/workflows/import", this::create)
                        .summary("Import a workflow document (an export); the same as create")
                        .access(Access.EDITOR)
                        .body(WorkflowDocument.class)
                        .answer(201, "the workflow, with warnings", WorkflowView.class)
                        .errors(ApiError.INVALID_WORKFLOW),
                ApiRoute.post("/v1/projects/{pid}/workflows/validate", this::validateDocument)
                        .summary("Check a workflow document without saving it")
                        .access(Access.VIEWER)
                        .body(WorkflowDocument.class)
                        .answer(
                                200,
                                "whether it is valid, every violation, and the document as a save would store it",
                                DocumentValidation.class),
                ApiRoute.get("/v1/projects/{pid}/workflows", this::list)
                        .summary("The project's workflows")
                        .access(Access.VIEWER)
                        .answer(200, "the workflows", Shape.listOf(WorkflowView.class)),
                ApiRoute.get("/v1/workflows/{id}", this::get)
                        .summary("A workflow with its draft and the draft's problems")
                        .access(Access.VIEWER)
                        .answer(200, "the workflow", WorkflowView.class),
                ApiRoute.put("/v1/workflows/{id}", this::update)
                        .summary("Save the draft (problems come back as warnings; the deployed version stays)")
                        .access(Access.EDITOR)
                        .body(WorkflowDocument.class)
                        .answer(200, "the workflow", WorkflowView.class)
                        .errors(ApiError.INVALID_WORKFLOW),
                ApiRoute.delete("/v1/workflows/{id}", this::delete)
                        .summary("Delete a workflow and take its endpoint offline")
                        .access(Access.EDITOR)
                        .noContent("deleted"),
                ApiRoute.post("/v1/workflows/{id}/validate", this::validateDraft)
                        .summary("Check the saved draft")
                        .access(Access.VIEWER)
                        .answer(200, "whether it is valid, and every violation", Validation.class),
                ApiRoute.get("/v1/workflows/{id}/export", this::export)
                        .summary("The draft as a portable document (literal secrets flagged)")
                        .access(Access.VIEWER)
                        .answer(200, "the document", Shape.objectWith("name", "method", "path", "nodes", "edges")));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Project project = projects.project(Caller.of(req), param(req, "pid"), Permission.WRITE_WORKFLOWS);
        Drafts.Checked checked = drafts.check(json.read(req, Object.class), project.id());
        InvalidWorkflows.requireNoErrors(checked.violations(), checked.document());
        WorkflowRecord created = workflows.create(project.id(), checked.document());
        JsonResponses.created(res, WorkflowView.of(created, checked.warnings(), null));
    }

    /**
     * Also answers the document as a save would store it ({@code document}: DotPortion's shape normalised, secrets
     * filled) and as an export shows it (fields no node type knows left out: their values are never echoed), null
     * when the body cannot be read as a workflow: the editor imports a file into a draft with it.
     */
    private void validateDocument(ServerRequest req, ServerResponse res) {
        Project project = projects.visible(Caller.of(req), param(req, "pid"));
        Drafts.Checked checked = drafts.check(json.read(req, Object.class), project.id());
        JsonResponses.ok(
                res,
                new DocumentValidation(
                        checked.valid(),
                        ViolationView.all(checked.violations(), checked.document()),
                        checked.readable() ? WorkflowDocuments.toValue(drafts.exportable(checked.document())) : null));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Project project = projects.visible(Caller.of(req), param(req, "pid"));
        List<WorkflowRecord> records = workflows.listByProject(project.id());
        Map<String, Boolean> differ = undeployed.of(records);
        JsonResponses.ok(
                res,
                records.stream()
                        .map(w -> WorkflowView.of(w, List.of(), differ.get(w.id())))
                        .toList());
    }

    private void get(ServerRequest req, ServerResponse res) {
        WorkflowAccess.Owned owned = access.visible(Caller.of(req), param(req, "id"));
        WorkflowRecord r = owned.workflow();
        Drafts.Checked checked = drafts.check(r.draft(), owned.project().id(), false);
        WorkflowRecord shown = new WorkflowRecord(
                r.id(),
                r.projectId(),
                drafts.exportable(r.draft()),
                r.deployedVersion(),
                r.latestVersion(),
                r.createdAt(),
                r.updatedAt());
        JsonResponses.ok(res, WorkflowView.of(shown, checked.violations(), undeployed.of(r)));
    }

    /**
     * Saves the draft even with problems (they come back in {@code warnings}, each with its severity; deploy
     * refuses errors). Only JSON that cannot be read as a workflow at all is refused.
     */
    private void update(ServerRequest req, ServerResponse res) {
        WorkflowAccess.Owned owned = access.workflow(Caller.of(req), param(req, "id"), Permission.WRITE_WORKFLOWS);
        Drafts.Checked checked =
                drafts.check(json.read(req, Object.class), owned.project().id());
        if (!checked.readable()) {
            throw InvalidWorkflows.of(checked.violations(), checked.document());
        }
        WorkflowRecord updated =
                workflows.updateDraft(owned.workflow().id(), checked.document()).orElseThrow(ApiException::notFound);
        JsonResponses.ok(res, WorkflowView.of(updated, checked.violations(), undeployed.of(updated)));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        WorkflowAccess.Owned owned = access.workflow(Caller.of(req), param(req, "id"), Permission.WRITE_WORKFLOWS);
        routes.exclusively(() -> {
            routes.update(table ->
                    table.without(owned.project().id(), owned.workflow().id()));
            return workflows.delete(owned.workflow().id());
        });
        JsonResponses.noContent(res);
    }

    private void validateDraft(ServerRequest req, ServerResponse res) {
        WorkflowAccess.Owned owned = access.visible(Caller.of(req), param(req, "id"));
        answerValidation(
                res, drafts.check(owned.workflow().draft(), owned.project().id(), false));
    }

    private void export(ServerRequest req, ServerResponse res) {
        WorkflowAccess.Owned owned = access.visible(Caller.of(req), param(req, "id"));
        WorkflowDocument document = drafts.exportable(owned.workflow().draft());
        List<Finding> literals = drafts.leaks().findings(document);
        if (!literals.isEmpty()) {
            res.header(LeakViews.HEADER, String.valueOf(literals.size()));
        }
        JsonResponses.ok(res, LeakViews.export(document, literals));
    }

    private static void answerValidation(ServerResponse res, Drafts.Checked checked) {
        JsonResponses.ok(
                res, new Validation(checked.valid(), ViolationView.all(checked.violations(), checked.document())));
    }

    /** The answer of the two validate routes: whether the document is deployable, and every problem. */
    record Validation(boolean valid, List<ViolationView> violations) {}

    /**
     * The answer of validating a document that is not saved: also the document as a save would store it (null
     * when the body cannot be read as a workflow).
     */
    record DocumentValidation(boolean valid, List<ViolationView> violations, Map<String, Object> document) {}

    private static String param(ServerRequest req, String name) {
        return req.path().pathParameters().get(name);
    }
}
