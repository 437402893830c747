package org.costclose.setup.model;

/** A production resource and the service category its hours are recorded under (e.g. machine hours). */
public record Resource(String id, String category) {

    public Resource {
        Require.text(id, "resource id");
        Require.text(category, "category");
    }
}
