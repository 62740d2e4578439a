package io.pressrun.source;

import io.pressrun.model.ArticleDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as blogs write them: ISO 8601 and RFC 3339 ({@code 2017-03-21}, {@code 2017-03-21T08:52:53Z},
 * {@code 2017-03-21T08:52:53.000+01:00}), Jekyll's {@code 2017-03-21 08:52:53 -0500}, a month or day of one digit
 * ({@code 2017-3-21}), the day a file name starts with ({@code 2017-03-21-title.md}), and the
 * day an address carries ({@code 2017/03/21/title}).
 */
final class DateText {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
            + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    /** {@code 2021/05/06} as a part of an address, after its start or a slash and before a slash. */
    private static final Pattern ADDRESS_DAY = Pattern.compile("(?:^|/)(\\d{4})/(\\d{2})/(\\d{2})/");
    private static final Pattern FILE_NAME_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[-_ ].*|\\.[^.]+)?$");

    private DateText() {
    }

    /** The date written, or empty when it is not one of the forms above (or not a real day). */
    static Optional<ArticleDate> parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            if (m.group(4) == null) {
                return Optional.of(ArticleDate.of(day));
            }
            String fraction = m.group(7) == null ? "" : m.group(7);
            int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
            LocalDateTime time = day.atTime(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6), nanos);
            return Optional.of(ArticleDate.of(OffsetDateTime.of(time, offset(m.group(8)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The day a file or folder name starts with, as Jekyll's {@code _posts} names carry it. */
    static Optional<ArticleDate> fromName(String name) {
        Matcher m = FILE_NAME_DAY.matcher(name);
        return m.matches() ? parse(m.group(1)) : Optional.empty();
    }

    /** The day an address carries, as {@code 2021/05/06/title} or {@code /blog/2021/05/06/title/}. */
    static Optional<ArticleDate> fromAddress(String address) {
        Matcher m = ADDRESS_DAY.matcher(address.strip());
        return m.find() ? parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : Optional.empty();
    }

    private static ZoneOffset offset(String written) {
        if (written == null || written.equalsIgnoreCase("Z") || written.equals("UTC") || written.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = written.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = written.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
