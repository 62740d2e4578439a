package io.pressrun.spark;

import io.pressrun.Press;
import io.pressrun.batch.BuildContext;
import io.pressrun.source.SiteOptions;
import io.pressrun.style.Paper;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of a {@link Press}, as plain values the driver sends to the executors; equal
 * settings make equal presses, so an executor keeps one press per settings ({@link Presses}).
 *
 * @param paper           {@code a4} or {@code letter}
 * @param formats         the editions to make
 * @param templates       a folder of templates over the bundled ones, the same path on every
 *                        node; empty for the bundled ones
 * @param strict          warnings are errors
 * @param drafts          build drafts too
 * @param baseUrl         the site's address for site paths in links; empty for none
 * @param sourceDateEpoch seconds since 1970 written into every edition, as the driver's
 *                        {@code SOURCE_DATE_EPOCH} gives them; null when unset
 */
public record JobSettings(String paper, Set<BuildContext.Format> formats, String templates, boolean strict,
                          boolean drafts, String baseUrl, Long sourceDateEpoch) implements Serializable {
    private static final long serialVersionUID = 1L;

    public JobSettings {
        formats = formats.isEmpty() ? EnumSet.noneOf(BuildContext.Format.class) : EnumSet.copyOf(formats);
    }

    /**
     * A press with these settings; its configuration is checked.
     *
     * @throws io.pressrun.style.ConfigurationException when the templates cannot be used
     * @throws IllegalArgumentException                 for a bad paper, format, folder or address
     */
    public Press press() {
        Press.Builder b = Press.builder().paper(Paper.parse(paper)).formats(formats).strict(strict)
                .site(new SiteOptions(Optional.empty(),
                        baseUrl.isEmpty() ? Optional.empty() : Optional.of(SiteOptions.baseUrl(baseUrl)), drafts));
        if (!templates.isEmpty()) {
            b.templates(Path.of(templates));
        }
        if (sourceDateEpoch != null) {
            b.sourceDateEpoch(Instant.ofEpochSecond(sourceDateEpoch));
        }
        return b.build();
    }
}
