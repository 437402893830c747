package org.costclose.calculation.lineage;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The postings on one node, grouped as a lineage explains them, read per node and category. */
@Mapper
interface LineageMapper {

    int countValue(@Param("companyId") String companyId, @Param("dimension") String dimension,
                   @Param("value") String value);

    List<OwnRow> findOwn(NodeQuery query);

    List<PostingRow> findReceived(NodeQuery query);

    List<PostingRow> findSent(NodeQuery query);

    List<Edge> findSenderEdges(@Param("companyId") String companyId, @Param("periodId") String periodId,
                               @Param("versionId") String versionId);

    /**
     * The postings of one node: own cost transactions of the calculation's input version, calculation
     * transactions of the version; {@code categories} null for every category, {@code sourceCategory} also
     * admits debits that came from that category under another one (an allocation's category).
     */
    record NodeQuery(String companyId, String periodId, String versionId, String inputVersion, String dimension,
                     String value, List<String> categories, String sourceCategory) {
    }

    record OwnRow(String categoryId, String source, BigDecimal fixedAmount, BigDecimal variableAmount,
                  BigDecimal entryCount, long transactions) {
    }

    /** a group of calculation transactions; the counter (sender) is null for credits, which are grouped over receivers */
    record PostingRow(int stepNo, String stepId, int ruleNo, String categoryId, String counterDimension,
                      String counterValue, String sourceCategory, BigDecimal fixedAmount, BigDecimal variableAmount,
                      long transactions, BigDecimal rate) {
    }

    /** a sender that sent to a receiver which itself sends */
    record Edge(String senderDimension, String sender, String receiverDimension, String receiver) {
    }
}
