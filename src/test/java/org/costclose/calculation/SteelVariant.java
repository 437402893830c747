package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The steel demo's setup with company.yaml changed, and its period's figures by value and line of STEEL. */
public final class SteelVariant {

    private SteelVariant() {
    }

    /** loads the demo setup with company.yaml as the given function changes it */
    static void load(SetupService setup, UnaryOperator<String> companyYaml) {
        List<SetupFile> files = new ArrayList<>();
        try (var paths = Files.list(Path.of("config/companies/steel"))) {
            for (Path path : paths.filter(file -> file.toString().endsWith(".yaml")).sorted().toList()) {
                String content = Files.readString(path);
                if (path.getFileName().toString().equals("company.yaml")) {
                    content = companyYaml.apply(content);
                }
                files.add(new SetupFile(path.getFileName().toString(), content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        setup.load("steel", files, "test");
    }

    /** loads the demo setup with one text of company.yaml replaced */
    static void loadWith(SetupService setup, String text, String replacement) {
        load(setup, content -> {
            assertThat(content).contains(text);
            return content.replace(text, replacement);
        });
    }

    /** each "value line" of the version's balances in 2026-10 with its figure */
    public static Map<String, BigDecimal> lines(TestRestTemplate http, String version, String dimension) {
        JsonNode page = http.getForObject("/api/companies/steel/cost-balances?period=2026-10&version=" + version
                + "&lineStructure=STEEL&dimension=" + dimension, JsonNode.class);
        Map<String, BigDecimal> lines = new HashMap<>();
        page.get("rows").forEach(row -> lines.put(row.get("dimensionValue").asText() + " " + row.get("line").asText(),
                row.get("value").decimalValue()));
        return lines;
    }
}
