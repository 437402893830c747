package org.costclose.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.costclose.shared.InvalidInputException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Batch intake from the command line, the same path as the REST upload:
 * {@code java -jar costclose.jar --spring.main.web-application-type=none import --company=steel
 * --kind=gl-entries --file=gl.csv}; {@code --complete} with {@code --kind=accounts} imports a complete chart
 * of accounts. Exits 0 when stored or unchanged, 1 when rejected, 2 on bad usage.
 */
@Component
class ImportCommand implements ApplicationRunner {

    static final String COMMAND = "import";

    private final IntakeService intake;
    private final ApplicationContext context;

    ImportCommand(IntakeService intake, ApplicationContext context) {
        this.intake = intake;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains(COMMAND)) {
            return;
        }
        int code = execute(option(args, "company"), option(args, "kind"), option(args, "file"),
                args.containsOption("complete"), System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int execute(String company, String kindSlug, String file, PrintStream out) {
        return execute(company, kindSlug, file, false, out);
    }

    int execute(String company, String kindSlug, String file, boolean complete, PrintStream out) {
        var kind = kindSlug == null ? null : ImportKind.fromSlug(kindSlug).orElse(null);
        if (company == null || kind == null || file == null || (complete && kind != ImportKind.ACCOUNTS)) {
            out.println("usage: import --company=<id> --kind=<" + ImportKind.slugs().replace(", ", "|") + "> --file=<path.csv>"
                    + " [--complete, with --kind=accounts]");
            return 2;
        }
        Path path = Path.of(file);
        try (InputStream input = Files.newInputStream(path)) {
            String name = path.getFileName().toString();
            ImportRecord record = complete ? intake.importCompleteChart(company, name, input)
                    : intake.importCsv(company, kind, name, input);
            out.println("import " + record.importId() + " " + record.outcome() + ": " + record.summary());
            return 0;
        } catch (InvalidInputException rejected) {
            out.println(rejected.getBody().getTitle() + ": " + rejected.getBody().getDetail());
            rejected.errors().forEach(error -> out.println("  " + error));
            return 1;
        } catch (ErrorResponseException e) {
            out.println(e.getBody().getDetail());
            return 2;
        } catch (IOException e) {
            out.println("cannot read " + path + ": " + e.getMessage());
            return 2;
        }
    }

    private static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
