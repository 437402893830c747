package org.costclose.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a newcomer where to go once the platform is up. */
@Component
class StartupMessage {

    private static final Logger LOG = LoggerFactory.getLogger(StartupMessage.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        LOG.info("""

                ===== costclose is up =====
                  Companies (REST)   {}/api/companies
                  API description    {}/swagger-ui/index.html   ({}/v3/api-docs)
                  Camunda Cockpit    {}/camunda/app/cockpit/
                  Camunda Tasklist   {}/camunda/app/tasklist/
                  Health             {}/actuator/health
                """, base, base, base, base, base, base);
    }
}
