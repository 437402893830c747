package org.costclose.security;

import java.util.List;

/** The groups of Camunda's identity service that are our roles, and what each may do. */
public final class Roles {

    /** imports, processes, calculates and starts closes; works the finance tasks */
    public static final String FINANCE = "finance";
    /** approves allocations and waives rejects; cannot import */
    public static final String APPROVERS = "approvers";
    /** reads history, statements and audit reports; changes nothing */
    public static final String AUDITORS = "auditors";
    /** everything a platform administrator needs (setup, users, the engine's REST API) */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(FINANCE, APPROVERS, AUDITORS, ADMIN);

    private Roles() {
    }
}
