package org.costclose.intake;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Chart of accounts and dimension values: master data, kept as the ERP's latest export says. */
@Mapper
interface MasterDataMapper {

    List<AccountRow> findAccounts(@Param("companyId") String companyId);

    void insertAccount(@Param("companyId") String companyId, @Param("importId") long importId, @Param("row") AccountRow row);

    void updateAccount(@Param("companyId") String companyId, @Param("importId") long importId, @Param("row") AccountRow row);

    List<DimensionValueRow> findDimensionValues(@Param("companyId") String companyId);

    void insertDimensionValue(@Param("companyId") String companyId, @Param("row") DimensionValueRow row);

    void updateDimensionValue(@Param("companyId") String companyId, @Param("row") DimensionValueRow row);

    record AccountRow(String accountNo, String name, String accountType, String status) {
    }

    record DimensionValueRow(String dimensionName, String valueCode, String name, String parentCode, String source) {
    }
}
