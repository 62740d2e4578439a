package io.pressrun.cli;

import io.pressrun.batch.BuildContext;
import io.pressrun.batch.ConfigurationCheck;
import io.pressrun.batch.LayoutListing;
import io.pressrun.batch.SourceFinder;
import io.pressrun.model.Diagnostic;
import io.pressrun.style.ConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pressrun layout}: prints how the PDF edition of one article is laid out. */
@Command(name = "layout", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Prints how the PDF edition of one article is laid out.",
            "",
            "One row per set line, span, picture and rule: page, position, structure",
            "role, the line breaker's pass, adjustment ratio, added hyphen, text, font,",
            "glyphs and kerning (see docs/TYPOGRAPHY.md, \"Golden layouts\"). Nothing",
            "is written to disk.",
            "",
            "Errors and warnings go to stderr as 'path:line: error: message'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the layout was printed",
            "1:the article could not be read or laid out",
            "2:bad usage (unknown option, FILE missing or not an article) or a configuration error"})
final class LayoutCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StyleOptions style;

    @Parameters(paramLabel = "FILE", description = "An article .md file.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        BuildContext ctx;
        try {
            ctx = BuildContext.defaults(style.paper(), style.templates());
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException(file + ": error: a folder; name one article .md file");
            }
            SourceFinder.find(List.of(file));
        } catch (IllegalArgumentException | SourceFinder.BadSourceException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            ConfigurationCheck.check(ctx);
        } catch (ConfigurationException e) {
            return ErrorOutput.configuration(e, err, ErrorOutput.debugging(false));
        }
        LayoutListing.Result result = new LayoutListing(ctx).list(file);
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
        err.flush();
        if (result.dump() == null) {
            return 1;
        }
        out.print(result.dump());
        out.flush();
        return 0;
    }
}
