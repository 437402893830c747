package org.costclose.setup;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The projection of the active setup: fiscal_period, financial_dimension, dimension_value, cost_category. */
@Mapper
interface SetupProjectionMapper {

    List<String> findPeriodIds(@Param("companyId") String companyId);

    void insertPeriod(SetupRows.Period period);

    List<SetupRows.Dimension> findDimensions(@Param("companyId") String companyId);

    void insertDimension(SetupRows.Dimension dimension);

    void updateDimension(SetupRows.Dimension dimension);

    List<SetupRows.Value> findValues(@Param("companyId") String companyId);

    void insertValue(SetupRows.Value value);

    void updateValue(SetupRows.Value value);

    void deleteValue(SetupRows.Value value);

    /** the values among {@code codes} that stored rows use, with their counts; {@code slot} is the dimension's GL column */
    List<SetupRows.ValueUse> findValueUse(@Param("companyId") String companyId, @Param("dimension") String dimension,
            @Param("slot") int slot, @Param("codes") List<String> codes);

    void deleteCategories(@Param("companyId") String companyId);

    void insertCategory(SetupRows.Category category);
}
