package io.pressrun.pdf;

import io.pressrun.typeset.inline.StructTag;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's logical structure: a structure element for every {@link StructTag}, created
 * in reading order under a Document element, and a marked-content sequence for each piece of
 * tagged content. Decoration is marked as an artifact.
 */
final class PdfStructure {
    private final PDStructureElement document;
    private final PDStructureTreeRoot root;
    private final Map<StructTag, PDStructureElement> elements = new IdentityHashMap<>();
    private final Map<Integer, COSObjectable> parentTree = new LinkedHashMap<>();
    private PDPage page;
    private COSArray pageParents;
    /** The element that got the last marked content (artifacts aside). */
    private PDStructureElement lastMarked;
    /** The last Link element made, the element it is in and its target. */
    private PDStructureElement lastLink;
    private PDStructureElement lastLinkParent;
    private String lastLinkHref;
    /** Kids held back to be added in reading order ({@link #holdKids}), with their places; null when not holding. */
    private List<Map.Entry<Integer, Runnable>> held;
    private int place;

    PdfStructure(PDDocument doc, String language) {
        root = new PDStructureTreeRoot();
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(mark);
        document = new PDStructureElement("Document", root);
        document.setLanguage(language);
        root.appendKid(document);
    }

    /** Starts a page: marked-content ids count from 0 on each page. */
    void beginPage(PDPage p) {
        page = p;
        p.getCOSObject().setName(COSName.getPDFName("Tabs"), "S"); // tab order follows the structure
        pageParents = new COSArray();
        int key = parentTree.size();
        p.setStructParents(key);
        parentTree.put(key, new PDParentTreeValue(pageParents));
    }

    /** Opens the marked content for a piece of content of {@code tag}; close with {@link #end}. */
    void begin(ContentWriter cs, StructTag tag) throws IOException {
        if (tag.isArtifact()) {
            var props = new COSDictionary();
            props.setName(COSName.TYPE, "Pagination");
            cs.beginMarkedContent(COSName.ARTIFACT, props);
            return;
        }
        mark(cs, element(tag), tag.role());
    }

    /**
     * Opens the marked content for the text of a link to {@code href} that is part of
     * {@code textTag}'s element: inside a Link element there, the same one as the text just
     * marked when that was this link too (a link broken over lines or pages). Returns the
     * Link element, for the annotation; null when the text is an artifact.
     */
    PDStructureElement beginLink(ContentWriter cs, StructTag textTag, String href) throws IOException {
        if (textTag.isArtifact()) {
            begin(cs, textTag);
            return null;
        }
        PDStructureElement parent = element(textTag);
        if (lastMarked != lastLink || lastLink == null || lastLinkParent != parent || !href.equals(lastLinkHref)) {
            lastLink = new PDStructureElement("Link", parent);
            lastLink.setPage(page);
            PDStructureElement link = lastLink;
            kid(() -> parent.appendKid(link));
            lastLinkParent = parent;
            lastLinkHref = href;
        }
        mark(cs, lastLink, "Link");
        return lastLink;
    }

    private void mark(ContentWriter cs, PDStructureElement element, String role) throws IOException {
        int mcid = pageParents.size();
        pageParents.add(element);
        var props = new COSDictionary();
        props.setInt(COSName.MCID, mcid);
        cs.beginMarkedContent(COSName.getPDFName(role), props);
        var ref = new PDMarkedContentReference();
        ref.setMCID(mcid);
        ref.setPage(page);
        kid(() -> element.appendKid(ref));
        lastMarked = element;
        // an element made ahead of its content (in reading order) is on the page of its first content
        for (PDStructureNode n = element; n instanceof PDStructureElement e && e.getPage() == null; n = e.getParent()) {
            e.setPage(page);
        }
    }

    /**
     * From now on, the content marked is drawn in another order than it is read (a line with
     * right-to-left text, drawn left to right): its marked-content references and elements are
     * added to their parents in reading order when {@link #releaseKids} is called, each by the
     * place in reading order given by {@link #readingPlace} before it was marked.
     */
    void holdKids() {
        held = new ArrayList<>();
    }

    /** The place in reading order of the content marked next, while kids are held. */
    void readingPlace(int at) {
        place = at;
    }

    /** Adds the kids held back, in reading order. */
    void releaseKids() {
        List<Map.Entry<Integer, Runnable>> kids = held;
        held = null;
        kids.sort(Map.Entry.comparingByKey()); // stable: kids of one place keep their order
        kids.forEach(k -> k.getValue().run());
    }

    private void kid(Runnable add) {
        if (held == null) {
            add.run();
        } else {
            held.add(Map.entry(place, add));
        }
    }

    /** Makes the element of {@code tag} (with its parents) where it has no content: an empty table cell. */
    void declare(StructTag tag) {
        if (!tag.isArtifact()) {
            element(tag);
        }
    }

    void end(ContentWriter cs) throws IOException {
        cs.endMarkedContent();
    }

    /**
     * Puts a link annotation in the Link element that holds its text ({@link #beginLink}),
     * or in a Link element of its own at the end of the document when the text is an artifact.
     */
    void link(PDAnnotation annotation, PDStructureElement link) {
        if (link == null) {
            link = new PDStructureElement("Link", document);
            link.setPage(page);
            document.appendKid(link);
        }
        var ref = new PDObjectReference();
        ref.setReferencedObject(annotation);
        link.appendKid(ref);
        int key = parentTree.size();
        annotation.setStructParent(key);
        parentTree.put(key, link);
    }

    private PDStructureElement element(StructTag tag) {
        PDStructureElement e = elements.get(tag);
        if (e == null) {
            PDStructureElement parent = tag.parent() == null ? document : element(tag.parent());
            e = new PDStructureElement(tag.role(), parent);
            e.setPage(page);
            if (!tag.alt().isEmpty()) {
                e.setAlternateDescription(tag.alt());
            }
            if (!tag.listNumbering().isEmpty()) {
                var numbering = new PDListAttributeObject();
                numbering.setListNumbering(tag.listNumbering());
                e.addAttribute(numbering);
            }
            if (!tag.id().isEmpty()) {
                e.setElementIdentifier(tag.id());
            }
            if (!tag.scope().isEmpty()) {
                var scope = new PDTableAttributeObject();
                scope.setScope(tag.scope());
                e.addAttribute(scope);
            }
            parent.appendKid(e);
            elements.put(tag, e);
        }
        return e;
    }

    /** Writes the parent tree; call once after the last page. */
    void finish() {
        var tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parentTree.size());
    }
}
