package io.pressrun.style;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import io.pressrun.model.ErrorWords;

/** FreeMarker's errors as one line naming the template file and line, in words. */
final class TemplateProblems {
    private TemplateProblems() {
    }

    /** A syntax error in a template. */
    static ConfigurationException of(Templates templates, String name, ParseException e) {
        String source = e.getTemplateName() != null ? e.getTemplateName() : name;
        return new ConfigurationException(templates.shownPath(source), e.getLineNumber(),
                "the template cannot be read: " + ErrorWords.clean(e.getEditorMessage())
                        + column(e.getColumnNumber()) + "; fix the template", e);
    }

    /** A failure while the template was filled in. */
    static ConfigurationException of(Templates templates, String name, TemplateException e) {
        String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        return new ConfigurationException(templates.shownPath(source), line,
                "the template failed: " + words(e) + (e.getColumnNumber() == null ? "" : column(e.getColumnNumber()))
                        + "; fix the template (the bundled one shows which values exist)", e);
    }

    /** What went wrong, without FreeMarker's tips and without the position. */
    static String words(Exception e) {
        if (e instanceof InvalidReferenceException r && r.getBlamedExpressionString() != null) {
            return "'" + r.getBlamedExpressionString() + "' is missing or has no value";
        }
        if (e instanceof ParseException p) {
            return ErrorWords.clean(p.getEditorMessage());
        }
        String m = e instanceof TemplateException t ? t.getMessageWithoutStackTop() : e.getMessage();
        if (m == null) {
            return "the template could not be filled in";
        }
        int tips = m.indexOf("\n----");
        if (tips >= 0) {
            m = m.substring(0, tips);
        }
        int blank = m.indexOf("\n\n");
        if (blank >= 0) {
            m = m.substring(0, blank);
        }
        return ErrorWords.clean(m.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", ""));
    }

    private static String column(int column) {
        return column > 0 ? " (column " + column + ")" : "";
    }
}
