package io.pressrun.cli;

import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The options that choose how the PDF looks, shared by the commands that lay articles out. */
final class StyleOptions {

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "PDF paper size (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates, theme.yaml and labels/ that override the bundled ones.")
    Path templates;

    /** @throws IllegalArgumentException for an unknown paper size */
    Paper paper() {
        return Paper.parse(paper);
    }

    /** The bundled templates, with the folder's files over them when one is given. */
    Templates templates() {
        if (templates == null) {
            return Templates.bundled();
        }
        if (!Files.isDirectory(templates)) {
            throw new IllegalArgumentException("--templates " + templates + ": no such folder");
        }
        return Templates.withOverrides(templates);
    }
}
