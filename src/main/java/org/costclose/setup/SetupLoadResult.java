package org.costclose.setup;

/** The outcome of loading a setup: the active version afterwards, and whether loading created it. */
public record SetupLoadResult(long setupId, String contentHash, boolean changed) {

    public SetupLoadResult {
        if (contentHash == null || contentHash.length() != 64) {
            throw new IllegalArgumentException("a content hash is 64 hex digits");
        }
    }
}
