package org.costclose.setup.model;

/** A value of a financial dimension; {@code parent} (nullable) places it under a group value. */
public record DimensionValue(String code, String name, String parent) {

    public DimensionValue {
        Require.text(code, "value code");
        Require.text(name, "value name");
    }
}
