package org.costclose.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.costclose.setup.model.CompanySetup;

/** Ordered YAML mappings for {@link SetupWriter}: keys in the given order, absent (null) values left out. */
final class SetupYamlMaps {

    private SetupYamlMaps() {
    }

    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    static Map<String, Object> company(CompanySetup setup) {
        return of("id", setup.company().id(), "name", setup.company().name(), "currency", setup.company().currency(),
                "minorUnit", setup.company().minorUnit());
    }

    static Map<String, Object> calendar(CompanySetup setup) {
        return of("type", setup.calendar().type().code(), "from", setup.calendar().from().toString(),
                "to", setup.calendar().to().toString());
    }

    static void putUnlessEmpty(Map<String, Object> map, String key, List<?> values) {
        if (!values.isEmpty()) {
            map.put(key, values);
        }
    }
}
