package io.pressrun.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as the source gave it: a day, and the exact moment when the source gave a date-time.
 */
public record ArticleDate(LocalDate day, Optional<OffsetDateTime> moment) {
    public ArticleDate {
        Objects.requireNonNull(day, "day");
        moment = moment == null ? Optional.empty() : moment;
    }

    public static ArticleDate of(LocalDate day) {
        return new ArticleDate(day, Optional.empty());
    }

    public static ArticleDate of(OffsetDateTime moment) {
        return new ArticleDate(moment.toLocalDate(), Optional.of(moment));
    }

    /** The moment, or midnight UTC of the day. */
    public Instant toInstant() {
        return moment.map(OffsetDateTime::toInstant)
                .orElseGet(() -> day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** ISO 8601: the date-time when given, else the day. */
    public String iso() {
        return moment.map(OffsetDateTime::toString).orElseGet(day::toString);
    }
}
