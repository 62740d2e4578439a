package io.pressrun.pdf;

import io.pressrun.model.Article;
import io.pressrun.model.Author;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The XMP metadata packet: Dublin Core title, creators, description, subjects and language;
 * dates; producer; and the claims of conformance to PDF/A-2a and PDF/UA-1. Every value that
 * the document information dictionary also carries is written here identically.
 */
final class XmpPacket {
    /**
     * PDF/A admits only the XMP schemas it names, or ones the file describes in a PDF/A
     * extension schema; the PDF/UA identification schema is not among the named ones.
     */
    private static final String PDF_UA_ID_SCHEMA = """
            <rdf:Description rdf:about=""
              xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
              xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
              xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag>
            <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq>
            <rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>
            </rdf:li>
            </rdf:Seq></pdfaSchema:property>
            </rdf:li>
            </rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            """;

    private XmpPacket() {
    }

    static String of(Article a, Instant timestamp) {
        String date = DateTimeFormatter.ISO_INSTANT.format(timestamp.truncatedTo(ChronoUnit.SECONDS));
        var sb = new StringBuilder();
        sb.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"\n")
                .append("  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
                .append("  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n")
                .append("  xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        sb.append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n");
        sb.append("<pdfuaid:part>1</pdfuaid:part>\n");
        sb.append("<dc:format>application/pdf</dc:format>\n");
        sb.append("<dc:identifier>").append(esc(a.identifier())).append("</dc:identifier>\n");
        sb.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(a.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!a.authors().isEmpty()) {
            sb.append("<dc:creator><rdf:Seq>");
            for (Author au : a.authors()) {
                sb.append("<rdf:li>").append(esc(au.name())).append("</rdf:li>");
            }
            sb.append("</rdf:Seq></dc:creator>\n");
        }
        if (!a.summary().isEmpty()) {
            sb.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(a.summary()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (!a.tags().isEmpty()) {
            sb.append("<dc:subject><rdf:Bag>");
            for (String t : a.tags()) {
                sb.append("<rdf:li>").append(esc(t)).append("</rdf:li>");
            }
            sb.append("</rdf:Bag></dc:subject>\n");
            sb.append("<pdf:Keywords>").append(esc(String.join(", ", a.tags()))).append("</pdf:Keywords>\n");
        }
        if (!a.publisher().isEmpty()) {
            sb.append("<dc:publisher><rdf:Bag><rdf:li>").append(esc(a.publisher()))
                    .append("</rdf:li></rdf:Bag></dc:publisher>\n");
        }
        if (!a.rights().isEmpty()) {
            sb.append("<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(a.rights()))
                    .append("</rdf:li></rdf:Alt></dc:rights>\n");
        }
        sb.append("<dc:language><rdf:Bag><rdf:li>").append(esc(a.language())).append("</rdf:li></rdf:Bag></dc:language>\n");
        sb.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
        sb.append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
        sb.append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
        sb.append("<xmp:CreatorTool>").append(PdfMetadata.PRODUCER).append("</xmp:CreatorTool>\n");
        sb.append("<pdf:Producer>").append(PdfMetadata.PRODUCER).append("</pdf:Producer>\n");
        sb.append("</rdf:Description>\n");
        sb.append(PDF_UA_ID_SCHEMA);
        sb.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return sb.toString();
    }

    static String esc(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
