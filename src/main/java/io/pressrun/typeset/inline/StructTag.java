package io.pressrun.typeset.inline;

import java.util.Objects;

/**
 * A node of the logical structure that content belongs to ({@code H1}, {@code P},
 * {@code Figure} ...), in the PDF structure-type vocabulary. Compared by identity: every
 * paragraph gets its own tag. {@link #ARTIFACT} marks decoration that is not content.
 */
public final class StructTag {
    public static final StructTag ARTIFACT = new StructTag("Artifact", null, "", "");

    private final String role;
    private final StructTag parent;
    private final String alt;
    private final String listNumbering;
    private final String scope;
    private final String id;

    private StructTag(String role, StructTag parent, String alt, String listNumbering, String scope, String id) {
        this.role = Objects.requireNonNull(role);
        this.parent = parent;
        this.alt = alt == null ? "" : alt;
        this.listNumbering = listNumbering;
        this.scope = scope;
        this.id = id;
    }

    private StructTag(String role, StructTag parent, String alt, String listNumbering) {
        this(role, parent, alt, listNumbering, "", "");
    }

    private StructTag(String role, StructTag parent, String alt) {
        this(role, parent, alt, "");
    }

    /**
     * A list ({@code L}) whose items are numbered as {@code numbering} says, in the PDF's
     * {@code /ListNumbering} vocabulary ({@code Decimal}, {@code Disc} ...); parent may be null.
     */
    public static StructTag list(StructTag parent, String numbering) {
        return new StructTag("L", parent, "", numbering);
    }

    /** A table's header cell ({@code TH}) for the cells of its column ({@code /Scope /Column}). */
    public static StructTag columnHeader(StructTag row) {
        return new StructTag("TH", row, "", "", "Column", "");
    }

    /** A note ({@code Note}), with the element identifier PDF/UA asks of every note; parent may be null. */
    public static StructTag note(StructTag parent, String id) {
        return new StructTag("Note", parent, "", "", "", Objects.requireNonNull(id));
    }

    /** A top-level element (a child of the document). */
    public static StructTag of(String role) {
        return new StructTag(role, null, "");
    }

    public StructTag child(String childRole) {
        return new StructTag(childRole, this, "");
    }

    /** A figure with its text alternative. */
    public static StructTag figure(StructTag parent, String alt) {
        return new StructTag("Figure", parent, alt);
    }

    public String role() {
        return role;
    }

    /** The parent element, null for a top-level one. */
    public StructTag parent() {
        return parent;
    }

    public String alt() {
        return alt;
    }

    /** The list numbering of an {@code L} element, empty for anything else. */
    public String listNumbering() {
        return listNumbering;
    }

    /** What a {@code TH} element heads in the PDF's {@code /Scope} vocabulary ({@code Column}), empty for anything else. */
    public String scope() {
        return scope;
    }

    /** The element identifier ({@code /ID}) of a note, empty for anything else. */
    public String id() {
        return id;
    }

    public boolean isArtifact() {
        return this == ARTIFACT;
    }

    @Override
    public String toString() {
        return parent == null ? role : parent + "/" + role;
    }
}
