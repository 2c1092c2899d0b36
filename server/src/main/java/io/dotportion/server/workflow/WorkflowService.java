package io.dotportion.server.workflow;

import io.dotportion.core.leak.Finding;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.port.Project;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.leak.LeakViews;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Workflow drafts: create, import, list, get, update, delete, validate, export. */
public final class WorkflowService implements HttpService {
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
    public void routing(HttpRules rules) {
        rules.post("/v1/projects/{pid}/workflows", this::create)
                .post("/v1/projects/{pid}/workflows/import", this::create)
                .post("/v1/projects/{pid}/workflows/validate", this::validateDocument)
                .get("/v1/projects/{pid}/workflows", this::list)
                .get("/v1/workflows/{id}", this::get)
                .put("/v1/workflows/{id}", this::update)
                .delete("/v1/workflows/{id}", this::delete)
                .post("/v1/workflows/{id}/validate", this::validateDraft)
                .get("/v1/workflows/{id}/export", this::export);
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
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("valid", checked.valid());
        answer.put("violations", ViolationView.all(checked.violations(), checked.document()));
        answer.put(
                "document",
                checked.readable() ? WorkflowDocuments.toValue(drafts.exportable(checked.document())) : null);
        JsonResponses.ok(res, answer);
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
                res,
                Map.of(
                        "valid",
                        checked.valid(),
                        "violations",
                        ViolationView.all(checked.violations(), checked.document())));
    }

    private static String param(ServerRequest req, String name) {
        return req.path().pathParameters().get(name);
    }
}
