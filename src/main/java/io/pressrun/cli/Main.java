package io.pressrun.cli;

import io.pressrun.model.ErrorWords;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pressrun} command. Exit codes: 0 all built, 1 some articles failed, 2 bad usage or
 * configuration, 3 an internal error outside any article.
 */
@Command(name = "pressrun", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns article sources (YAML front matter + Markdown) into PDF and EPUB editions.",
        subcommands = {BuildCommand.class, LayoutCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /**
     * Bad usage: the message as {@code pressrun: error: ...} and where help is, not the whole help;
     * exit 2. An internal error: one message asking for a report; exit 3. The libraries' logging
     * is off unless a command debugs.
     */
    private static CommandLine commandLine() {
        LibraryLogging.quiet();
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                ErrorOutput.internal(ex, commandLine.getErr(), ErrorOutput.debugging(debugRequested(parseResult))));
        cl.setParameterExceptionHandler((ex, args) -> {
            var err = ex.getCommandLine().getErr();
            String message = ErrorWords.clean(ex.getMessage());
            err.println(message.contains(": error: ") ? message : "pressrun: error: " + message);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        return cl;
    }

    private static boolean debugRequested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: pressrun build SOURCE... or pressrun layout FILE");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"pressrun " + (v == null ? "(development build)" : v)};
        }
    }
}
