package org.costclose.close;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the approval levels' decision's count picks from the setup's levels. */
class CloseApprovalsTest {

    static final List<String> LEVELS = List.of("Controller", "CFO", "Board");

    @Test
    void shouldTakeTheFirstLevelsInTheSetupsOrder() {
        assertThat(CloseApprovals.first(LEVELS, 2)).containsExactly("Controller", "CFO");
        assertThat(CloseApprovals.first(LEVELS, 1)).containsExactly("Controller");
    }

    @Test
    void shouldTakeEveryLevelWhenTheCountIsAboveThemOrTheDecisionMatchedNoRule() {
        assertThat(CloseApprovals.first(LEVELS, 5)).containsExactly("Controller", "CFO", "Board");
        assertThat(CloseApprovals.first(LEVELS, null)).containsExactly("Controller", "CFO", "Board");
    }

    @Test
    void shouldAlwaysAskTheFirstLevelEvenWhenTheDecisionSaysNone() {
        assertThat(CloseApprovals.first(LEVELS, 0)).containsExactly("Controller");
        assertThat(CloseApprovals.first(LEVELS, -1)).containsExactly("Controller");
    }
}
