package io.pressrun.pdf;

import io.pressrun.model.Article;
import io.pressrun.model.Author;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * Document information, XMP metadata, language and a document ID, all derived from the
 * article and the build timestamp so that the same input always gives the same file.
 */
final class PdfMetadata {
    static final String PRODUCER = "Pressrun";

    private PdfMetadata() {
    }

    static void apply(PDDocument doc, Article a, Instant timestamp) throws IOException {
        String authors = a.authors().stream().map(Author::name).collect(Collectors.joining(", "));
        String keywords = String.join(", ", a.tags());

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(a.title());
        if (!authors.isEmpty()) {
            info.setAuthor(authors);
        }
        if (!a.summary().isEmpty()) {
            info.setSubject(a.summary());
        }
        if (!keywords.isEmpty()) {
            info.setKeywords(keywords);
        }
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(calendar(timestamp));
        info.setModificationDate(calendar(timestamp));

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(a.language());
        var prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);

        var xmp = new PDMetadata(doc);
        xmp.importXMPMetadata(XmpPacket.of(a, timestamp).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(xmp);

        byte[] id = documentId(a, timestamp);
        var ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Calendar calendar(Instant t) {
        var c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.setTimeInMillis(t.toEpochMilli());
        return c;
    }

    /** 16 bytes from the identifier and timestamp: stable across runs, different between articles. */
    static byte[] documentId(Article a, Instant timestamp) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((a.identifier() + "\n" + timestamp).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
