package io.pressrun.source;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an SVG picture and makes it safe to carry: what could run or reach outside the file is
 * taken out (scripts, event handler attributes, {@code foreignObject}, animations, elements and
 * attributes of other vocabularies, links and references to anything but the file's own
 * elements or an embedded PNG, JPEG or GIF, style sheets that import or point outside), and the
 * rest is written again as UTF-8. The picture must then draw ({@code jsvg}); its size is the one
 * it gives, in CSS pixels. A file that is not well-formed XML or not an SVG is refused.
 */
final class SvgReader {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final String XMLNS_NS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
    private static final Set<String> REMOVED_ELEMENTS = Set.of("script", "foreignobject", "handler", "listener",
            "animate", "animatemotion", "animatetransform", "animatecolor", "set", "discard", "iframe", "video",
            "audio", "canvas");
    private static final Pattern EMBEDDED_PICTURE = Pattern.compile("data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=\\s]*");
    /** An XML name without a colon, as an {@code id} must be (ASCII only: any other is renamed, harmlessly). */
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    /** A {@code url(#id)}: a reference to an element of the file itself. */
    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)]*)\\)");
    /** A {@code url(...)} that does not point at an element of the file itself. */
    private static final Pattern OUTSIDE_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?!#)", Pattern.CASE_INSENSITIVE);

    /** The picture made safe, and its size in CSS pixels. */
    record Clean(byte[] svg, int width, int height) {
    }

    /** Why a file is refused. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private SvgReader() {
    }

    static Clean read(byte[] bytes) throws Refused {
        Document doc = parse(bytes);
        Element root = doc.getDocumentElement();
        if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            throw new Refused("its root element is not an SVG <svg> element in the SVG namespace");
        }
        clean(root);
        renameIds(root);
        byte[] svg = write(doc);
        SVGDocument drawn = new SVGLoader().load(new ByteArrayInputStream(svg), null,
                LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL).build());
        if (drawn == null) {
            throw new Refused("it cannot be drawn");
        }
        FloatSize size = drawn.size();
        if (!(size.width >= 1 && size.height >= 1 && size.width < 100_000 && size.height < 100_000)) {
            throw new Refused(String.format(Locale.ROOT, "its size %.1f×%.1f is not one a picture can have;"
                    + " give the <svg> a width and height or a viewBox", size.width, size.height));
        }
        return new Clean(svg, Math.round(size.width), Math.round(size.height));
    }

    private static Document parse(byte[] bytes) throws Refused {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            b.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(new java.io.StringReader("")));
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new Refused("it is not well-formed XML (line " + e.getLineNumber() + ": " + e.getMessage() + ")");
        } catch (SAXException | IOException e) {
            throw new Refused("it is not well-formed XML (" + e.getMessage() + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes out of {@code e} and its descendants what could run or reach outside the file. */
    private static void clean(Element e) {
        List<Attr> removed = new ArrayList<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (!safe(e, a)) {
                removed.add(a);
            }
        }
        removed.forEach(e::removeAttributeNode);
        for (Node c = e.getFirstChild(); c != null; ) {
            Node next = c.getNextSibling();
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                Element child = (Element) c;
                if (unsafe(child)) {
                    e.removeChild(child);
                } else {
                    clean(child);
                }
            } else if (c.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                e.removeChild(c); // an xml-stylesheet would fetch a style sheet
            }
            c = next;
        }
    }

    /**
     * Gives each {@code id} that is not an XML name (charting tools write ids with {@code =} or
     * {@code :}), or that an earlier element already has, a name no element has, and points the
     * references to a renamed id ({@code href="#id"}, {@code url(#id)}) at the element that had
     * it first, under its new name: EPUB reading systems read the file as XML with ids.
     */
    private static void renameIds(Element root) {
        List<Element> all = elements(root, new ArrayList<>());
        Set<String> taken = new HashSet<>();
        for (Element e : all) {
            if (e.hasAttribute("id")) {
                taken.add(e.getAttribute("id"));
            }
        }
        Map<String, String> references = new HashMap<>();
        Set<String> kept = new HashSet<>();
        int next = 1;
        for (Element e : all) {
            if (!e.hasAttribute("id")) {
                continue;
            }
            String id = e.getAttribute("id");
            boolean name = XML_NAME.matcher(id).matches();
            if (name && kept.add(id)) {
                continue; // the first element with a good id keeps it, and the references to it
            }
            String fresh;
            do {
                fresh = "svg-id-" + next++;
            } while (!taken.add(fresh));
            if (!name) {
                references.putIfAbsent(id, fresh);
            }
            e.setAttribute("id", fresh);
        }
        if (references.isEmpty()) {
            return;
        }
        for (Element e : all) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (!a.getName().equals("id")) {
                    a.setValue(pointed(a.getValue(), references));
                }
            }
        }
    }

    /** {@code value} with each reference to a renamed id ({@code #id} whole, or {@code url(#id)}) renamed, in one pass. */
    private static String pointed(String value, Map<String, String> references) {
        if (value.startsWith("#") && references.containsKey(value.substring(1))) {
            return "#" + references.get(value.substring(1));
        }
        Matcher m = URL_REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String to = references.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(to == null ? m.group() : "url(#" + to + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Element> elements(Element e, List<Element> into) {
        into.add(e);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                elements(child, into);
            }
        }
        return into;
    }

    private static boolean unsafe(Element e) {
        String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
        if (!SVG_NS.equals(e.getNamespaceURI()) || REMOVED_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return name.equals("style") && (e.getTextContent().contains("@import") || OUTSIDE_URL.matcher(e.getTextContent()).find());
    }

    private static boolean safe(Element e, Attr a) {
        String ns = a.getNamespaceURI();
        String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
        if (XMLNS_NS.equals(ns)) {
            return SVG_NS.equals(a.getValue()) || XLINK_NS.equals(a.getValue());
        }
        if (ns != null && !XLINK_NS.equals(ns) && !XMLConstants.XML_NS_URI.equals(ns)) {
            return false;
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
            return false;
        }
        String value = a.getValue().strip();
        if (name.equals("href")) {
            return value.startsWith("#") || e.getLocalName().equals("image") && EMBEDDED_PICTURE.matcher(value).matches();
        }
        return !OUTSIDE_URL.matcher(value).find() && !value.toLowerCase(Locale.ROOT).contains("javascript:");
    }

    private static byte[] write(Document doc) {
        try {
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            doc.setXmlStandalone(true);
            var out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the SVG again", e);
        }
    }
}
