package org.costclose.support;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.web.client.RestTemplateBuilderConfigurer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;

/** Tests start from an empty schema (ours and Camunda's), so a PostgreSQL test database left over from an earlier run does not leak into this one. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** the tests' HTTP client signs in as the demo admin (every role); role tests sign in as each demo user */
    @Bean
    RestTemplateBuilder restTemplateBuilder(RestTemplateBuilderConfigurer configurer) {
        return configurer.configure(new RestTemplateBuilder()).basicAuthentication("admin", "demo");
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
