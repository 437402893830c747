package org.costclose.setup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.costclose.setup.model.CompanySetup;

/**
 * The identity of a setup: SHA-256 over a canonical JSON form of the model (sorted keys, sets in sorted
 * order), so the same setup reformatted, reordered or split across files differently has the same hash.
 */
final class SetupHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private SetupHash() {
    }

    static String of(CompanySetup setup) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(CanonicalSetup.of(setup));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the setup of " + setup.company().id(), e);
        }
    }

    /** The canonical JSON text, for tests and diagnosis. */
    static String canonicalJson(CompanySetup setup) {
        try {
            return new String(CANONICAL.writeValueAsBytes(CanonicalSetup.of(setup)), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
