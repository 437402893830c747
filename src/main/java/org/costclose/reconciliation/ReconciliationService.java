package org.costclose.reconciliation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.costclose.setup.CompanySummary;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupFolderWriter;
import org.costclose.setup.SetupLoadResult;
import org.costclose.setup.SetupService;
import org.costclose.setup.SetupWriter;
import org.costclose.setup.model.CompanySetup;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account reconciliation: a run compares the chart of accounts with the active setup's primary categories
 * and stores its proposal; applying it is a separate act of a person, which writes a new setup version.
 */
@Service
public class ReconciliationService {

    private final ReconciliationMapper mapper;
    private final SetupService setups;
    private final SetupFolderWriter folders;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReconciliationService(ReconciliationMapper mapper, SetupService setups, SetupFolderWriter folders,
            CurrentUser currentUser, Clock clock) {
        this.mapper = mapper;
        this.setups = setups;
        this.folders = folders;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Runs the reconciliation and stores its proposal; nothing changed since the setup agrees: no changes. */
    @Transactional
    public Proposal run(String companyId) {
        long setupId = activeSetupId(companyId);
        CompanySetup setup = setups.activeSetup(companyId).orElseThrow();
        List<ChartAccount> chart = mapper.findChart(companyId);
        if (chart.isEmpty()) {
            // without a chart every primary category would look removed
            throw InvalidInputException.single("No chart of accounts", new InputError(null, null, "company", companyId,
                    "import the chart of accounts (kind accounts) before reconciling it"));
        }
        List<ProposedChange> changes = ReconciliationRules.propose(chart, setup);
        ReconciliationRun run = new ReconciliationRun(null, companyId, setupId, ReconciliationRules.chartHash(chart),
                currentUser.name(), LocalDateTime.now(clock), null, null, null);
        RunKey key = new RunKey();
        mapper.insertRun(run, key);
        for (int i = 0; i < changes.size(); i++) {
            mapper.insertChange(key.getRunId(), i + 1, changes.get(i));
        }
        return proposal(companyId, key.getRunId());
    }

    /** The company's proposals, newest first. */
    public List<Proposal> proposals(String companyId) {
        activeSetupId(companyId);
        return mapper.findRuns(companyId).stream()
                .map(run -> Proposal.of(run, mapper.findChanges(run.runId()))).toList();
    }

    public Proposal proposal(String companyId, long runId) {
        return Proposal.of(run(companyId, runId), mapper.findChanges(runId));
    }

    /**
     * Applies a proposal as a new setup version and records who applied it and when. Refused when it was
     * applied already, has no changes, or is stale: the chart or the active setup changed since its run.
     */
    @Transactional
    public Proposal apply(String companyId, long runId) {
        ReconciliationRun run = run(companyId, runId);
        if (run.isApplied()) {
            throw ProposalConflictException.alreadyApplied(run);
        }
        List<ProposedChange> changes = mapper.findChanges(runId);
        if (changes.isEmpty()) {
            throw InvalidInputException.single("Nothing to apply", new InputError(null, null, "runId",
                    String.valueOf(runId), "proposal " + runId + " has no changes: the chart and the setup agree"));
        }
        requireCurrent(run);
        Optional<Path> folder = folders.folder(companyId);
        folder.ifPresent(path -> requireFolderCurrent(run, path));
        String user = currentUser.name();
        CompanySetup active = setups.activeSetup(companyId).orElseThrow();
        SetupChanges.Applied applied = SetupChanges.apply(active, changes);
        SetupLoadResult loaded = setups.load(companyId, List.of(new SetupFile("setup.yaml",
                SetupWriter.write(applied.setup()))), "account reconciliation " + runId + " applied by " + user);
        if (mapper.updateApplied(runId, user, LocalDateTime.now(clock), loaded.setupId()) == 0) {
            throw ProposalConflictException.alreadyApplied(run);
        }
        for (int i = 0; i < applied.changes().size(); i++) {
            mapper.updateOutcome(runId, i + 1, applied.changes().get(i).outcome());
        }
        // last, inside the transaction: a file that cannot be written rolls the new setup version back
        folder.ifPresent(path -> folders.write(path, active, applied.setup()));
        return proposal(companyId, runId);
    }

    /** the company's setup folder must hold the active setup, or writing the applied one back would undo its edits */
    private void requireFolderCurrent(ReconciliationRun run, Path folder) {
        String folderHash = folders.hashOf(folder, run.companyId());
        String activeHash = setups.activeHash(run.companyId()).orElseThrow();
        if (!folderHash.equals(activeHash)) {
            throw ProposalConflictException.folderDiverged(run.runId(), folder, folderHash, activeHash);
        }
    }

    private void requireCurrent(ReconciliationRun run) {
        String chartHash = ReconciliationRules.chartHash(mapper.findChart(run.companyId()));
        if (!chartHash.equals(run.chartHash())) {
            throw ProposalConflictException.stale(run.runId(), "chart of accounts",
                    "chart hash " + run.chartHash().substring(0, 12), chartHash.substring(0, 12));
        }
        long setupId = activeSetupId(run.companyId());
        if (setupId != run.setupId()) {
            throw ProposalConflictException.stale(run.runId(), "active setup", "setup " + run.setupId(),
                    "setup " + setupId);
        }
    }

    private ReconciliationRun run(String companyId, long runId) {
        return mapper.findRun(companyId, runId).orElseThrow(() ->
                new NotFoundException("company " + companyId + " has no reconciliation " + runId));
    }

    private long activeSetupId(String companyId) {
        Long setupId = setups.company(companyId).map(CompanySummary::activeSetupId).orElse(null);
        if (setupId == null) {
            throw new NotFoundException("Company " + companyId + " does not exist or has no setup");
        }
        return setupId;
    }
}
