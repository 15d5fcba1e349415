package io.github.supportkpi.cli;

import io.github.supportkpi.io.RowException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code supportkpi} command line: from an export to a KPI report in one command.
 *
 * <pre>
 * java -jar supportkpi.jar report --tickets export.csv --mapping zendesk.json --zone Europe/Berlin \
 *     --by channel --bucket week --format text
 * </pre>
 *
 * <p>Exit codes: 0 done; 1 bad input (in strict mode, a row or record that cannot be used; in any mode, an
 * export whose header lacks a required column or whose CSV or JSON cannot be parsed); 2 usage (an unknown option,
 * a mapping that cannot be read, a file that cannot be read).
 */
@Command(name = "supportkpi", mixinStandardHelpOptions = true, version = "supportkpi 0.1.0-SNAPSHOT",
        description = "Customer-service KPIs of help-desk exports, every number defined.",
        subcommands = {ReportCommand.class, CallsCommand.class, StaffingCommand.class, SurveysCommand.class,
            QualityCommand.class, ReconcileCommand.class, CustomersCommand.class},
        footer = {"", "Exit codes: 0 done; 1 bad input (strict mode, a missing required column, unreadable CSV);"
                + " 2 usage."})
public final class SupportKpi implements Runnable {
    /** Done. */
    public static final int OK = 0;
    /** Bad input: a row a strict read refused, a header without a required column, CSV that cannot be parsed. */
    public static final int BAD_INPUT = 1;
    /** Usage: an unknown or wrong option, a mapping or a file that cannot be read. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Public for picocli; use {@link #main} or {@link #run(PrintWriter, PrintWriter, String...)}. */
    public SupportKpi() {}

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: report, calls,"
                + " staffing, surveys, quality, reconcile or customers");
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command line, writing to the given streams.
     *
     * @param out where the report goes
     * @param err where messages and the progress line go
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SupportKpi());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, arguments) -> {
            CommandLine line = e.getCommandLine();
            line.getErr().println("supportkpi: " + e.getMessage());
            line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof RowException || e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                    || e instanceof IllegalStateException) {
                line.getErr().println("supportkpi: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return cl.execute(args);
    }
}
