package org.costclose.intake;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reference data an import is checked against, and the record of imports. */
@Mapper
interface IntakeMapper {

    Integer findMinorUnit(@Param("companyId") String companyId);

    List<IntakeContext.PeriodRow> findPeriods(@Param("companyId") String companyId);

    List<IntakeContext.DimensionRow> findDimensions(@Param("companyId") String companyId);

    List<DimensionValueKey> findDimensionValues(@Param("companyId") String companyId);

    List<String> findAccountNumbers(@Param("companyId") String companyId);

    List<IntakeContext.ServiceCategoryRow> findServiceCategories(@Param("companyId") String companyId);

    void insertImport(@Param("record") ImportRecord record, @Param("key") ImportKey key);

    void updateImport(ImportRecord record);

    void insertImportError(ImportErrorRow error);

    List<ImportRecord> findImports(@Param("companyId") String companyId, @Param("offset") long offset, @Param("limit") int limit);

    ImportRecord findImport(@Param("companyId") String companyId, @Param("importId") long importId);

    List<ImportErrorRow> findImportErrors(@Param("importId") long importId);

    record DimensionValueKey(String dimensionName, String valueCode) {
    }
}
