package io.pressrun;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs EPUBCheck on an EPUB file and collects what it says. Usage messages (advice) are kept
 * apart; fatal errors, errors and warnings are what {@link Result#clean()} looks at.
 */
public final class EpubCheckOracle {
    private EpubCheckOracle() {
    }

    /** One message: severity, id, location and text. */
    public record Finding(Severity severity, String id, String location, String text) {
        @Override
        public String toString() {
            return severity + " " + id + " " + location + ": " + text;
        }
    }

    /** What EPUBCheck found in one file. */
    public record Result(Path file, List<Finding> findings, int fatals, int errors, int warnings) {
        public boolean clean() {
            return fatals == 0 && errors == 0 && warnings == 0;
        }

        /** A readable list of every finding, for assertion messages. */
        public String describe() {
            var sb = new StringBuilder("EPUBCheck on " + file + ": " + fatals + " fatal, " + errors + " errors, "
                    + warnings + " warnings");
            findings.forEach(f -> sb.append("\n  ").append(f));
            return sb.toString();
        }
    }

    /** Checks the file with EPUBCheck's default profile; never throws for problems in the EPUB. */
    public static Result check(Path epub) {
        var report = new CollectingReport();
        report.setLocale(Locale.ROOT);
        new EpubCheck(epub.toFile(), report).doValidate();
        return new Result(epub, List.copyOf(report.findings), report.getFatalErrorCount(),
                report.getErrorCount(), report.getWarningCount());
    }

    private static final class CollectingReport extends MasterReport {
        final List<Finding> findings = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity s = message.getSeverity();
            if (s == Severity.SUPPRESSED || s == Severity.INFO) {
                return;
            }
            String where = location == null ? "" : location.getPath()
                    + (location.getLine() > 0 ? ":" + location.getLine() + ":" + location.getColumn() : "");
            findings.add(new Finding(s, message.getID().name(), where, message.getMessage(args)));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }

    /** Convenience for callers holding a {@link File}. */
    public static Result check(File epub) {
        return check(epub.toPath());
    }
}
