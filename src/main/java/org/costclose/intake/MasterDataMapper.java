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

    /** An account absent from a complete chart: kept (its entries stay stored), marked as no longer in the chart. */
    void updateAccountRemoved(@Param("companyId") String companyId, @Param("importId") long importId,
                              @Param("accountNo") String accountNo);

    List<DimensionValueRow> findDimensionValues(@Param("companyId") String companyId);

    void insertDimensionValue(@Param("companyId") String companyId, @Param("row") DimensionValueRow row);

    void updateDimensionValue(@Param("companyId") String companyId, @Param("row") DimensionValueRow row);

    /** {@code inChart} is 'Y', or 'N' once a complete chart no longer listed the account. */
    record AccountRow(String accountNo, String name, String accountType, String status, String inChart) {
    }

    record DimensionValueRow(String dimensionName, String valueCode, String name, String parentCode, String source) {
    }
}
