package org.costclose.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.AccountMapping;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.DimensionRole;
import org.costclose.setup.model.FiscalPeriod;
import org.costclose.setup.model.VersionKind;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A budget version's result as GL budget entries in the intake's gl-budget-entries format, so the ERP's general
 * ledger (or this platform) can import it: one entry per value of the chosen dimension × category with a final
 * balance other than zero, so the entries add up to the version's balances on that dimension to the cent. A
 * category is booked on the account the version's {@code exportAccounts} names for it, else on its own account
 * when it is a primary category identical with its account; any other category with a balance is refused.
 */
@Service
class BudgetExportService {

    private static final String TITLE = "Budget export refused";

    private final CalculationMapper mapper;
    private final SetupService setup;

    BudgetExportService(CalculationMapper mapper, SetupService setup) {
        this.mapper = mapper;
        this.setup = setup;
    }

    /** the export's entries, each one GL budget entry; {@code dimension} and {@code model} may be null (defaults) */
    @Transactional(readOnly = true)
    public BudgetExport export(String companyId, String periodId, String versionId, String dimension, String model) {
        CompanySetup company = setup.activeSetup(companyId)
                .orElseThrow(() -> new NotFoundException("unknown company '" + companyId + "'"));
        CalculationVersion version = company.calculationVersions().stream()
                .filter(candidate -> candidate.id().equals(versionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("company " + companyId + " has no calculation version '"
                        + versionId + "'"));
        FiscalPeriod period = company.calendar().periods().stream().filter(p -> p.id().equals(periodId)).findFirst()
                .orElseThrow(() -> new NotFoundException("company " + companyId + " has no period " + periodId));
        String exported = dimension != null ? dimension : costPurposeDimension(company);
        String budgetModel = model != null ? model : versionId;
        checkRequest(company, version, exported, budgetModel);
        CalculationRun run = mapper.findRuns(companyId, periodId).stream()
                .filter(candidate -> candidate.versionId().equals(versionId)).findFirst()
                .orElseThrow(() -> refused("version", versionId, "version " + versionId + " has no calculation in "
                        + periodId + ": calculate it first"));
        List<CalculationMapper.VersionBalance> balances =
                mapper.findVersionBalances(companyId, periodId, versionId, exported);
        List<BudgetExport.Entry> entries = entries(company, version, run, balances, budgetModel, period.end());
        return new BudgetExport(companyId, periodId, versionId, exported, budgetModel, run.runId(), entries);
    }

    private List<BudgetExport.Entry> entries(CompanySetup company, CalculationVersion version, CalculationRun run,
            List<CalculationMapper.VersionBalance> balances, String model, LocalDate date) {
        Set<String> chart = new HashSet<>(mapper.findAccounts(company.company().id()));
        Set<String> withoutAccount = new TreeSet<>();
        Set<String> outsideChart = new TreeSet<>();
        List<BudgetExport.Entry> entries = new ArrayList<>();
        for (CalculationMapper.VersionBalance balance : balances) {
            String account = account(company, version, balance.categoryId());
            if (account == null) {
                withoutAccount.add(balance.categoryId());
            } else if (!chart.contains(account)) {
                outsideChart.add(account);
            } else {
                entries.add(new BudgetExport.Entry(String.format("CC%d-%06d", run.runId(), entries.size() + 1),
                        model, date, account, balance.amount().setScale(company.company().minorUnit(),
                        RoundingMode.UNNECESSARY), balance.dimensionValue(), balance.categoryId()));
            }
        }
        if (!withoutAccount.isEmpty()) {
            throw refused("exportAccounts", String.join(", ", withoutAccount), "these categories have balances but"
                    + " no account: name one for each in the version's exportAccounts");
        }
        if (!outsideChart.isEmpty()) {
            throw refused("exportAccounts", String.join(", ", outsideChart), "not accounts of the company's chart,"
                    + " so the ERP would refuse the entries");
        }
        return entries;
    }

    private static String account(CompanySetup company, CalculationVersion version, String categoryId) {
        String named = version.exportAccounts().get(categoryId);
        if (named != null) {
            return named;
        }
        CostCategory category = company.category(categoryId).orElse(null);
        return category != null && category.accountMapping() == AccountMapping.IDENTICAL_WITH_ACCOUNT
                ? category.id() : null;
    }

    private static void checkRequest(CompanySetup company, CalculationVersion version, String dimension,
                                     String model) {
        if (version.kind() != VersionKind.BUDGET) {
            throw refused("version", version.id(), "only a budget version's result is exported as GL budget entries;"
                    + " " + version.id() + " is " + version.kind().code());
        }
        if (dimension == null || company.dimension(dimension).filter(Dimension::usedByCostAccounting).isEmpty()) {
            throw refused("dimension", dimension, "name the cost accounting dimension whose balances are exported");
        }
        if (model.equals(version.budgetModel())) {
            throw refused("model", model, "the version is calculated from budget model " + model + "; its result"
                    + " imported into the same model would be counted twice: export it under another model");
        }
    }

    private static String costPurposeDimension(CompanySetup company) {
        List<Dimension> purposes = company.dimensions().stream()
                .filter(dimension -> dimension.role() == DimensionRole.COST_PURPOSE).toList();
        return purposes.size() == 1 ? purposes.get(0).name() : null;
    }

    private static InvalidInputException refused(String field, String value, String reason) {
        return InvalidInputException.single(TITLE, new InputError(null, null, field, value, reason));
    }

    /** the entries of one export, in the order written; their amounts add up to the version's balances */
    record BudgetExport(String companyId, String periodId, String versionId, String dimension, String budgetModel,
                        long runId, List<Entry> entries) {

        static final List<String> FIXED_HEADER = List.of("entry_id", "budget_model", "date", "account", "amount");

        BigDecimal total() {
            return entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        record Entry(String entryId, String budgetModel, LocalDate date, String account, BigDecimal amount,
                     String dimensionValue, String categoryId) {
        }
    }
}
