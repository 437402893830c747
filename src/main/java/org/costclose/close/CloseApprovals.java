package org.costclose.close;

import java.util.List;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.ApprovalLevel;
import org.springframework.stereotype.Component;

/**
 * The approval levels of a company's close, from its setup ({@code approvalLevels}; one level by the approvers
 * when it names none): the process approves the allocations once per level, in order. How many of them a draft
 * needs is the decision {@code approvalLevels} ({@code processes/approval-levels.dmn}) on the amount it moved.
 */
@Component("closeApprovals")
public class CloseApprovals {

    private final SetupService setups;

    CloseApprovals(SetupService setups) {
        this.setups = setups;
    }

    /**
     * the first {@code count} levels' names, in order: the collection the approval task runs over. No count (the
     * decision matched no rule) or one above the setup's levels means all of them; a close has at least the first.
     */
    public List<String> levels(String companyId, Number count) {
        return first(approvalLevels(companyId).stream().map(ApprovalLevel::name).toList(), count);
    }

    static List<String> first(List<String> levels, Number count) {
        if (count == null || count.longValue() >= levels.size()) {
            return levels;
        }
        return levels.subList(0, (int) Math.max(1, count.longValue()));
    }

    /** the levels chosen, for the audit: e.g. "Controller, CFO" */
    public String chosen(String companyId, Number count) {
        return String.join(", ", levels(companyId, count));
    }

    /** the group whose members approve a level */
    public String group(String companyId, String level) {
        return approvalLevels(companyId).stream().filter(candidate -> candidate.name().equals(level))
                .map(ApprovalLevel::group).findFirst()
                .orElseThrow(() -> new IllegalStateException("company " + companyId + " has no approval level " + level));
    }

    private List<ApprovalLevel> approvalLevels(String companyId) {
        return setups.activeSetup(companyId).orElseThrow().closeApprovalLevels();
    }
}
