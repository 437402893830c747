package org.costclose.balances;

import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;

/**
 * The steel case of DOMAIN.md for October 2026: the demo company with its ledger and its production
 * (reported-as-finished output) processed by the product's own services. Both re-runs replace their
 * own result, so the state is the same whichever test class ran before.
 */
final class SteelOutput {

    static final String COMPANY = "steel";
    static final String PERIOD = "2026-10";

    private SteelOutput() {
    }

    static void load(DemoCompanyLoader demo, LedgerProcessingService ledger, ProductionProcessingService production) {
        demo.load(COMPANY);
        ledger.processLedger(COMPANY, PERIOD);
        production.processProduction(COMPANY, PERIOD);
    }
}
