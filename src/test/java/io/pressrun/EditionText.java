package io.pressrun;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The text a reader gets from an edition: PDFBox's extraction, or the EPUB's XHTML text. */
public final class EditionText {
    private EditionText() {
    }

    public static String ofPdf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The text content of every XHTML document of the EPUB but the navigation document, parsed as XML. */
    public static String ofEpub(byte[] epub) throws IOException {
        StringBuilder sb = new StringBuilder();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().endsWith(".xhtml") || e.getName().endsWith("nav.xhtml")) {
                    continue;
                }
                Document d = parse(factory, new ByteArrayInputStream(zip.readAllBytes()));
                sb.append(d.getDocumentElement().getTextContent()).append('\n');
            }
        }
        return sb.toString();
    }

    private static Document parse(DocumentBuilderFactory factory, InputStream in) throws IOException {
        try {
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not well-formed XHTML: " + e.getMessage(), e);
        }
    }
}
