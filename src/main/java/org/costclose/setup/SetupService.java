package org.costclose.setup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.costclose.setup.model.CompanySetup;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company setup as code: loads a company's YAML setup as a new version, projects it into the tables the
 * platform queries and answers which setup is active. A setup with any error changes nothing.
 */
@Service
public class SetupService {

    private static final int SOURCE_WIDTH = 500;

    private final SetupVersionMapper versions;
    private final SetupProjection projection;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** Parsed setups by version; a version's content never changes. */
    private final Map<Long, CompanySetup> parsed = new ConcurrentHashMap<>();

    SetupService(SetupVersionMapper versions, SetupProjection projection, CurrentUser currentUser, Clock clock) {
        this.versions = versions;
        this.projection = projection;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Loads the setup files of a company. Identical to the active version (same canonical hash): nothing
     * is stored and {@code changed} is false. Otherwise a new version becomes active and the projection is
     * rewritten in the same transaction.
     *
     * @throws InvalidInputException listing every problem of the files; nothing is stored then
     */
    @Transactional
    public SetupLoadResult load(String companyId, List<SetupFile> files, String source) {
        CompanySetup setup = SetupParser.read(companyId, files);
        String hash = SetupHash.of(setup);
        if (versions.updateCompany(setup.company()) == 0) {
            versions.insertCompany(setup.company());
        }
        Optional<SetupRows.ActiveVersion> active = versions.findActiveVersion(companyId);
        if (active.isPresent() && active.get().contentHash().equals(hash)) {
            return new SetupLoadResult(active.get().setupId(), hash, false);
        }
        versions.insertVersion(new SetupRows.NewVersion(companyId, hash, SetupContent.join(files),
                clip(source), currentUser.name(), LocalDateTime.now(clock)));
        long setupId = versions.findLatestSetupId(companyId);
        versions.updateActiveSetup(companyId, setupId);
        projection.write(setup);
        parsed.put(setupId, setup);
        return new SetupLoadResult(setupId, hash, true);
    }

    /** Loads {@code config/companies/<company>/}: all its *.yaml and *.yml files; the folder name is the company id. */
    @Transactional
    public SetupLoadResult loadFolder(Path companyDir) {
        String companyId = companyDir.getFileName().toString();
        return load(companyId, SetupFolder.files(companyDir), "folder " + companyDir.toAbsolutePath().normalize());
    }

    /** The active setup of the company, empty for an unknown company. */
    public Optional<CompanySetup> activeSetup(String companyId) {
        return versions.findCompany(companyId)
                .map(SetupRows.Company::activeSetupId)
                .map(setupId -> parsed.computeIfAbsent(setupId,
                        id -> SetupParser.read(companyId, SetupContent.split(versions.findContent(id)))));
    }

    /** The stored text of the active setup version (several files joined, see {@link SetupContent}). */
    public Optional<String> activeContent(String companyId) {
        return versions.findCompany(companyId).map(SetupRows.Company::activeSetupId).map(versions::findContent);
    }

    /** The content hash of the active setup version (what runs record and sign-offs fingerprint). */
    public Optional<String> activeHash(String companyId) {
        return versions.findActiveVersion(companyId).map(SetupRows.ActiveVersion::contentHash);
    }

    /** All setup versions of the company, newest first; empty for an unknown company. */
    public List<SetupVersionSummary> history(String companyId) {
        return versions.findVersions(companyId).stream().map(SetupRows.Version::summary).toList();
    }

    public List<CompanySummary> companies() {
        return versions.findCompanies().stream().map(SetupRows.Company::summary).toList();
    }

    public Optional<CompanySummary> company(String companyId) {
        return versions.findCompany(companyId).map(SetupRows.Company::summary);
    }

    private static String clip(String source) {
        String text = source == null || source.isBlank() ? "unknown" : source;
        return text.length() <= SOURCE_WIDTH ? text : text.substring(0, SOURCE_WIDTH);
    }
}
