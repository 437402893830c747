package org.costclose.statements;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.TemplateClassResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The reports' FreeMarker, set up strictly and apart from Spring MVC's: every template is HTML with
 * auto-escaping (a value is text, never markup), a missing value or any template error throws instead of
 * rendering a blank, numbers are formatted by {@link FigureFormat} in Java (templates only place them), and
 * templates cannot reach Java classes ({@code ?new}, {@code ?api} are off). Templates come from
 * {@code reports/} on the classpath.
 */
@Component
public class ReportTemplates {

    private final Configuration configuration;

    public ReportTemplates() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(ReportTemplates.class.getClassLoader(), "reports"));
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNumberFormat("computer");
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    /** renders {@code template} (a path below reports/, e.g. statements/dimension-statement.ftl) to {@code out} */
    public void render(String template, Map<String, ?> model, Writer out) {
        try {
            configuration.getTemplate(template).process(model, out);
        } catch (TemplateException e) {
            throw new ReportRenderingException(template, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** a template failed: a bug in the template or in the data given to it, never shown as a blank */
    public static class ReportRenderingException extends RuntimeException {

        ReportRenderingException(String template, TemplateException cause) {
            super("report template " + template + " failed: " + cause.getMessageWithoutStackTop(), cause);
        }
    }
}
