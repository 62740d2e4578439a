package io.pressrun;

import io.pressrun.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The bundled example built once per test run, as a user builds it, for tests that inspect the editions. */
public final class ExampleBuild {
    public static final Path EXAMPLE =
            Paths.get("examples/governments-call-on-facebook-to-pause-encryption-efforts/article.md");
    public static final String SLUG = "governments-call-on-facebook-to-pause-encryption-efforts";

    private static Path out;

    private ExampleBuild() {
    }

    /** The output folder holding {@code <slug>.pdf} and {@code <slug>.epub}. */
    public static synchronized Path outputs() {
        if (out == null) {
            try {
                out = Files.createTempDirectory("pressrun-example");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "build", "--out", out.toString(), "examples");
            if (code != 0) {
                throw new IllegalStateException("the example did not build (exit " + code + "): " + err);
            }
        }
        return out;
    }

    public static Path pdf() {
        return outputs().resolve(SLUG + ".pdf");
    }

    public static Path epub() {
        return outputs().resolve(SLUG + ".epub");
    }
}
