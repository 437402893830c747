package org.costclose.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the embedded default the demo company is there at once (costclose.demo.load; off on PostgreSQL and in tests). */
@Component
@Order(0)
@ConditionalOnProperty(name = "costclose.demo.load", havingValue = "true")
class DemoStartup implements ApplicationRunner {

    private final DemoCompanyLoader loader;
    private final String company;

    DemoStartup(DemoCompanyLoader loader, @Value("${costclose.demo.company}") String company) {
        this.loader = loader;
        this.company = company;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load(company);
    }
}
