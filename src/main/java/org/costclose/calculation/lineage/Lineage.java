package org.costclose.calculation.lineage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The lineage of a balance: the request as understood ({@code categories} null for all) and the tree. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Lineage(String company, String period, String version, String dimension, String value, String category,
               String lineStructure, String line, List<String> categories, int depth, LineageNode root) {
}
