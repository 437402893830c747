package org.costclose;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CostCloseApplication {

    public static void main(String[] args) {
        SpringApplication.run(CostCloseApplication.class, args);
    }
}
