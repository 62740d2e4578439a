package io.pressrun.epub;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeHrefTest {

    @Test
    void absoluteWebAndMailAddressesAreKeptWithoutTheSpaceAroundThem() {
        assertEquals(Optional.of("https://example.org/a?b=c#d"), SafeHref.of("https://example.org/a?b=c#d"));
        assertEquals(Optional.of("http://example.org"), SafeHref.of("  http://example.org\n"));
        assertEquals(Optional.of("HTTPS://EXAMPLE.ORG"), SafeHref.of("HTTPS://EXAMPLE.ORG"), "schemes in capitals");
        assertEquals(Optional.of("mailto:desk@example.org"), SafeHref.of("mailto:desk@example.org"));
        assertEquals(Optional.of("MailTo:desk@example.org"), SafeHref.of("MailTo:desk@example.org"));
    }

    @Test
    void everythingElseIsKeptAsPlainText() {
        for (String href : new String[]{null, "", "   ", "javascript:alert(1)", "JavaScript:alert(1)",
                "data:text/html,hi", "ftp://example.org/f", "file:///etc/passwd", "/relative/path", "page.html",
                "#anchor", "https:///no-host", "http:relative", "mailto:", "https://exa mple.org",
                "https://example.org/\u0001", "https://example.org/%zz", "https://example.org/\uFFFE"}) {
            assertEquals(Optional.empty(), SafeHref.of(href), String.valueOf(href));
        }
    }
}
