package org.costclose.setup;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.costclose.setup.model.CompanyInfo;

/** Companies and their setup versions (company, setup_version). */
@Mapper
interface SetupVersionMapper {

    /** Also locks the company row, so that two loads of one company run one after the other. */
    int updateCompany(CompanyInfo company);

    void insertCompany(CompanyInfo company);

    Optional<SetupRows.ActiveVersion> findActiveVersion(@Param("companyId") String companyId);

    void insertVersion(SetupRows.NewVersion version);

    long findLatestSetupId(@Param("companyId") String companyId);

    void updateActiveSetup(@Param("companyId") String companyId, @Param("setupId") long setupId);

    String findContent(@Param("setupId") long setupId);

    List<SetupRows.Company> findCompanies();

    Optional<SetupRows.Company> findCompany(@Param("companyId") String companyId);

    List<SetupRows.Version> findVersions(@Param("companyId") String companyId);
}
