package org.costclose.intake;

import java.util.List;
import org.costclose.shared.InputError;

/** An import with the errors kept for it (the first ones of a rejected file). */
public record ImportDetail(ImportRecord importRecord, List<InputError> errors) {
}
