package io.pressrun.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model records: what is kept as given, what a missing value becomes. */
class ArticleTest {
    private static final ArticleDate DAY = ArticleDate.of(LocalDate.of(2019, 10, 3));

    private static Image image(String src, String mediaType) {
        return new Image(src, Path.of(src), mediaType, 4, 3, Bytes.copyOf(src.getBytes()), "alt", "caption", "credit");
    }

    private static Article article(String subtitle, String publisher, String rights, String summary,
                                   Optional<ArticleDate> updated, Optional<Image> lead, List<Block> body) {
        return new Article(Path.of("a.md"), "a", "urn:x", "en", "Title", subtitle, List.of(new Author("A", null, null)),
                DAY, updated, publisher, rights, summary, List.of(), lead, body, 0);
    }

    @Test
    void missingOptionalValuesBecomeEmpty() {
        Article a = article(null, null, null, null, null, null, List.of());
        assertEquals("", a.subtitle());
        assertEquals("", a.publisher());
        assertEquals("", a.rights());
        assertEquals("", a.summary());
        assertEquals(Optional.empty(), a.updated());
        assertEquals(Optional.empty(), a.leadImage());
        assertEquals(List.of(), a.images());
        assertEquals("", a.authors().get(0).role());
        assertEquals("", a.authors().get(0).bio());
    }

    @Test
    void givenValuesAreKept() {
        Image lead = image("lead.jpg", "image/jpeg");
        ArticleDate updated = ArticleDate.of(LocalDate.of(2019, 10, 4));
        Article a = article("Sub", "The Paper", "CC BY", "In short.", Optional.of(updated), Optional.of(lead), List.of());
        assertEquals("Sub", a.subtitle());
        assertEquals("The Paper", a.publisher());
        assertEquals("CC BY", a.rights());
        assertEquals("In short.", a.summary());
        assertEquals(Optional.of(updated), a.updated());
        assertEquals(Optional.of(lead), a.leadImage());
        Author au = new Author("B", "Reporter", "Writes.");
        assertEquals("Reporter", au.role());
        assertEquals("Writes.", au.bio());
    }

    @Test
    void imagesAreTheLeadImageThenTheFiguresInReadingOrder() {
        Image lead = image("lead.jpg", "image/jpeg");
        Image first = image("first.png", "image/png");
        Image nested = image("nested.png", "image/png");
        Article a = article("", "", "", "", Optional.empty(), Optional.of(lead), List.of(
                new Block.Figure(first), new Block.BlockQuote(List.of(new Block.Figure(nested)))));
        assertEquals(List.of(lead, first, nested), a.images());
    }

    @Test
    void imageMediaTypeGivesTheFileExtension() {
        Image jpeg = image("photo", "image/jpeg");
        Image png = image("photo", "image/png");
        assertTrue(jpeg.isJpeg());
        assertFalse(png.isJpeg());
        assertEquals("jpg", jpeg.extension());
        assertEquals("png", png.extension());
        Image bare = new Image("x.png", Path.of("x.png"), "image/png", 1, 1, Bytes.copyOf(new byte[0]), null, null, null);
        assertEquals(List.of("", "", ""), List.of(bare.alt(), bare.caption(), bare.credit()));
    }

    @Test
    void aDayIsMidnightUtcAndAMomentIsItself() {
        assertEquals(Instant.parse("2019-10-03T00:00:00Z"), DAY.toInstant());
        assertEquals("2019-10-03", DAY.iso());
        ArticleDate moment = ArticleDate.of(OffsetDateTime.of(2019, 10, 3, 14, 30, 0, 0, ZoneOffset.ofHours(2)));
        assertEquals(Instant.parse("2019-10-03T12:30:00Z"), moment.toInstant());
        assertEquals("2019-10-03T14:30+02:00", moment.iso());
        assertEquals(LocalDate.of(2019, 10, 3), moment.day());
        assertEquals(Optional.empty(), new ArticleDate(LocalDate.of(2019, 10, 3), null).moment());
    }
}
