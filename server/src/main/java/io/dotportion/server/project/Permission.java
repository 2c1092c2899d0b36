package io.dotportion.server.project;

import io.helidon.http.Method;

/**
 * What a request does to a project, and the least role that may do it. Viewers read workflows, versions,
 * executions, stats, members and secret names; editors change workflows, secrets and data and deploy;
 * owners also change settings and members and delete the project.
 */
public enum Permission {
    READ(Role.VIEWER, "read this project"),
    WRITE_WORKFLOWS(Role.EDITOR, "change workflows"),
    DEPLOY(Role.EDITOR, "deploy, undeploy, roll back or test-run workflows"),
    READ_SECRETS(Role.EDITOR, "read secret metadata or the audit log"),
    WRITE_SECRETS(Role.EDITOR, "change secrets"),
    READ_DATA(Role.EDITOR, "read the managed data"),
    WRITE_DATA(Role.EDITOR, "change the managed data"),
    MANAGE_SETTINGS(Role.OWNER, "change the project's settings"),
    MANAGE_MEMBERS(Role.OWNER, "manage members"),
    DELETE_PROJECT(Role.OWNER, "delete the project");

    private final Role minimum;

    /** The permission to use the managed data with this method: a read for GET and HEAD, else a write. */
    public static Permission forData(Method method) {
        return method == Method.GET || method == Method.HEAD ? READ_DATA : WRITE_DATA;
    }

    private final String action;

    Permission(Role minimum, String action) {
        this.minimum = minimum;
        this.action = action;
    }

    public Role minimum() {
        return minimum;
    }

    /** What the permission allows, for error messages ("your role may not ..."). */
    public String action() {
        return action;
    }
}
