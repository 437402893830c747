package org.costclose.setup.model;

/** A level of the close's approval of allocations: its name (e.g. Controller, CFO) and the group whose members approve it. */
public record ApprovalLevel(String name, String group) {

    public ApprovalLevel {
        Require.text(name, "approval level name");
        Require.text(group, "approval level group");
    }
}
