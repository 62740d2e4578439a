package io.pressrun;

import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs veraPDF (the greenfield validation model, the one behind veraPDF's own command line)
 * on a PDF for the profiles Pressrun promises: PDF/UA-1 and PDF/A-2a. Reports each failed
 * rule with its clause, test number, description and a few of the objects that failed it.
 */
public final class VeraPdfOracle {
    /** The profiles every PDF edition must pass. */
    public static final List<PDFAFlavour> PROFILES = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

    /** Objects listed per failed rule; the count says how many there were in all. */
    private static final int CONTEXTS_SHOWN = 3;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdfOracle() {
    }

    /** One rule the file breaks. */
    public record FailedRule(PDFAFlavour profile, String clause, int testNumber, String description,
                             int failedChecks, List<String> contexts) {
        @Override
        public String toString() {
            var sb = new StringBuilder(profile.getId() + " " + clause + "-" + testNumber + " (" + failedChecks
                    + "x): " + description);
            contexts.forEach(c -> sb.append("\n      at ").append(c));
            return sb.toString();
        }
    }

    /** What veraPDF found in one file. */
    public record Result(String name, List<PDFAFlavour> profiles, List<FailedRule> failures) {
        public boolean compliant() {
            return failures.isEmpty();
        }

        public boolean fails(PDFAFlavour profile, String clause) {
            return failures.stream().anyMatch(f -> f.profile() == profile && f.clause().equals(clause));
        }

        /** A readable list of every failed rule, for assertion messages. */
        public String describe() {
            var sb = new StringBuilder("veraPDF on " + name + " for " + profiles + ": " + failures.size()
                    + " failed rules");
            failures.forEach(f -> sb.append("\n  ").append(f));
            return sb.toString();
        }
    }

    public static Result check(Path pdf) throws IOException {
        return check(Files.readAllBytes(pdf), pdf.toString());
    }

    /** Validates against {@link #PROFILES}; a file veraPDF cannot parse is an exception, not a result. */
    public static Result check(byte[] pdf, String name) {
        return check(pdf, name, PROFILES);
    }

    public static Result check(byte[] pdf, String name, List<PDFAFlavour> profiles) {
        List<FailedRule> failures = new ArrayList<>();
        for (PDFAFlavour profile : profiles) {
            failures.addAll(validate(pdf, name, profile));
        }
        return new Result(name, List.copyOf(profiles), List.copyOf(failures));
    }

    private static List<FailedRule> validate(byte[] pdf, String name, PDFAFlavour profile) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            Map<RuleId, List<String>> contexts = new LinkedHashMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    List<String> list = contexts.computeIfAbsent(a.getRuleId(), k -> new ArrayList<>());
                    if (list.size() < CONTEXTS_SHOWN) {
                        list.add(where(a));
                    }
                }
            }
            List<FailedRule> failed = new ArrayList<>();
            for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                RuleId id = e.getKey();
                Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                failed.add(new FailedRule(profile, id.getClause(), id.getTestNumber(),
                        rule == null ? "" : rule.getDescription().strip(), e.getValue(),
                        List.copyOf(contexts.getOrDefault(id, List.of()))));
            }
            failed.sort(Comparator.comparing(FailedRule::clause).thenComparingInt(FailedRule::testNumber));
            return failed;
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            throw new IllegalStateException("veraPDF cannot validate " + name + " as " + profile.getId(), e);
        } catch (Exception e) {
            // closing the parser or validator
            throw new IllegalStateException("veraPDF failed on " + name, e);
        }
    }

    private static String where(TestAssertion a) {
        String context = a.getLocation() == null ? "" : a.getLocation().getContext();
        String message = a.getErrorMessage() == null || a.getErrorMessage().isBlank() ? "" : " — " + a.getErrorMessage();
        return context + message;
    }
}
