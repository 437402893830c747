package org.costclose.setup.model;

/** Skips the cost transaction of {@code category} into {@code dimension} when the posting's value is blank. */
public record PostingControlRule(String category, String dimension, SkipWhen skip) {

    public PostingControlRule {
        Require.text(category, "category");
        Require.text(dimension, "dimension");
        Require.present(skip, "skip");
    }
}
