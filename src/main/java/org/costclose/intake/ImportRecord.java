package org.costclose.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One import of one file: what came in, what was stored, by whom, and the outcome. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportRecord(Long importId, String companyId, String kind, String fileName, String fileHash,
                           long rowsRead, long rowsStored, long rowsUpdated, long rowsUnchanged, long errorCount,
                           String outcome, String importedBy, Instant startedAt, Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String STORED = "STORED";
    public static final String UNCHANGED = "UNCHANGED";
    public static final String REJECTED = "REJECTED";

    /** what a person reading the answer needs to know first */
    @JsonProperty("summary")
    public String summary() {
        return switch (outcome) {
            case STORED -> rowsStored + " new rows stored" + (rowsUpdated > 0 ? ", " + rowsUpdated + " updated" : "")
                    + (rowsUpdated > 0 && "ACCOUNTS".equals(kind) ? " (renamed, retyped, (un)blocked, back in the chart"
                            + " or, from a complete chart, no longer in it)" : "")
                    + (rowsUnchanged > 0 ? ", " + rowsUnchanged + " already stored and unchanged" : "");
            case UNCHANGED -> "nothing new: all " + rowsRead + " rows were already stored with the same content";
            case REJECTED -> "file rejected with " + errorCount + " errors; nothing was stored";
            default -> outcome;
        };
    }
}
