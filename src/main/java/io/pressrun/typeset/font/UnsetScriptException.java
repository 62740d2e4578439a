package io.pressrun.typeset.font;

/**
 * Text in a script that cannot be set correctly yet ({@link io.pressrun.model.UnsetScript}) reached
 * the typesetter without being written in the source as such, for instance as a character
 * reference or through a labels file; it is refused rather than drawn wrongly.
 */
public final class UnsetScriptException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsetScriptException(String reason) {
        super(reason);
    }
}
