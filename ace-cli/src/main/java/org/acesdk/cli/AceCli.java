package org.acesdk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ace} command line: check, price, advise, encode and decode filings, manage the reference data and run the
 * fake gateway. Exit codes: {@value #OK} done (the filing is valid), {@value #INVALID} the filing is invalid or was
 * refused, {@value #ERROR} bad input or another error (a clear message, nothing written half).
 */
@Command(name = "ace", mixinStandardHelpOptions = true, version = "ace 0.1.0",
        description = "U.S. customs filings (CBP ACE) from the command line.",
        subcommands = {FilingCommands.Validate.class, FilingCommands.Assess.class, AdviseCommand.class,
            FilingCommands.Encode.class, FilingCommands.Form.class, DecodeCommand.class, DataCommand.class, FakeCommand.class,
            RefundsCommand.class,
            CommandLine.HelpCommand.class})
public final class AceCli implements Runnable {
    /** Done; the filing is valid. */
    public static final int OK = 0;
    /** The filing is invalid, or was refused. */
    public static final int INVALID = 1;
    /** Bad input or another error. */
    public static final int ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line, its output and error streams set, every failure a one-line message and exit {@value #ERROR}.
     *
     * @param out standard output
     * @param err standard error
     * @return the command line
     */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new AceCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("ace: " + message(e));
            line.getErr().flush();
            return ERROR;
        });
        return cl;
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = create(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
