package org.costclose.close;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.costclose.setup.SetupService;
import org.springframework.stereotype.Service;

/**
 * The inputs of a close as a short text an approval is given on: the active setup's hash, each imported kind of
 * data of the period (row count and the sum of its row hashes, which pin each row's content) and the calculation
 * result (row count, gross and step-weighted amounts). Posting compares it with the one taken for the draft.
 */
@Service
class CloseFingerprint {

    private final ClosePeriodMapper mapper;
    private final SetupService setups;

    CloseFingerprint(ClosePeriodMapper mapper, SetupService setups) {
        this.mapper = mapper;
        this.setups = setups;
    }

    String take(String companyId, String periodId) {
        String hash = setups.activeHash(companyId).orElseThrow();
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("setup", hash);
        for (var print : mapper.findInputPrints(companyId, periodId)) {
            parts.put(print.part(), print.rowCount() + "/" + print.total().stripTrailingZeros().toPlainString());
        }
        List<String> text = new ArrayList<>();
        parts.forEach((part, value) -> text.add(part + "=" + value));
        return String.join(";", text);
    }

    /** the parts that differ between two fingerprints, e.g. [gl_entry] */
    static List<String> changed(String before, String now) {
        Map<String, String> was = parts(before);
        Map<String, String> is = parts(now);
        List<String> changed = new ArrayList<>();
        is.forEach((part, value) -> {
            if (!value.equals(was.get(part))) {
                changed.add(part);
            }
        });
        return changed;
    }

    private static Map<String, String> parts(String fingerprint) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : fingerprint.split(";")) {
            int equals = part.indexOf('=');
            parts.put(part.substring(0, equals), part.substring(equals + 1));
        }
        return parts;
    }
}
