package org.costclose.close;

import java.util.List;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.ApprovalLevel;
import org.springframework.stereotype.Component;

/**
 * The approval levels of a company's close, from its setup ({@code approvalLevels}; one level by the approvers
 * when it names none): the process approves the allocations once per level, in order.
 */
@Component("closeApprovals")
public class CloseApprovals {

    private final SetupService setups;

    CloseApprovals(SetupService setups) {
        this.setups = setups;
    }

    /** the levels' names, in order: the collection the approval task runs over */
    public List<String> levels(String companyId) {
        return approvalLevels(companyId).stream().map(ApprovalLevel::name).toList();
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
