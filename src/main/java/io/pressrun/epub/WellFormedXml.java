package io.pressrun.epub;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.StringReader;

/**
 * Refuses XML that is not well-formed, so that a broken template (a user override, say) fails the
 * build instead of producing an EPUB that readers reject. External entities and DTDs are never loaded.
 */
final class WellFormedXml {
    private static final SAXParserFactory FACTORY = factory();

    private WellFormedXml() {
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no usable XML parser", e);
        }
    }

    static void require(String name, String xml) throws IOException {
        try {
            SAXParser parser;
            synchronized (FACTORY) {
                parser = FACTORY.newSAXParser();
            }
            parser.parse(new InputSource(new StringReader(xml)), new DefaultHandler());
        } catch (SAXParseException e) {
            throw new IOException(name + " writes XML that is not well-formed (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + " of what it wrote: " + e.getMessage() + ")", e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(name + " writes XML that is not well-formed (" + e.getMessage() + ")", e);
        }
    }
}
