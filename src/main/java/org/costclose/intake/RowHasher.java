package org.costclose.intake;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A 64-bit fingerprint of a row's content, so a re-sent id is compared by one number. Numbers are
 * hashed without trailing zeros: "100.0" and "100.00" are the same amount.
 */
final class RowHasher {

    private static final char SEPARATOR = '\u001F';
    private final MessageDigest digest;
    private final StringBuilder text = new StringBuilder(256);

    RowHasher() {
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    long hash(Object[] values) {
        text.setLength(0);
        for (Object value : values) {
            text.append(value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                    : value == null ? "\u0000" : value.toString()).append(SEPARATOR);
        }
        return ByteBuffer.wrap(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8))).getLong();
    }
}
