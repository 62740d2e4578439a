package io.pressrun.epub;

import io.pressrun.model.ArticlePlace;
import io.pressrun.model.PageStart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The page-break markers of the XHTML, by the place in the article where each page begins. A
 * marker is a map of {@code kind} {@code pagebreak}, {@code id} ({@code page-7}) and {@code label}
 * ({@code 7}); the templates write it as an empty element with {@code epub:type="pagebreak"} and
 * {@code role="doc-pagebreak"}.
 */
final class PageMarks {
    private final List<PageStart> starts;

    PageMarks(List<PageStart> starts) {
        this.starts = List.copyOf(starts);
    }

    /** The marker of page {@code page}. */
    static Map<String, Object> marker(int page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "pagebreak");
        m.put("id", "page-" + page);
        m.put("label", String.valueOf(page));
        return m;
    }

    /** The markers of the pages that begin in {@code part} (outside the body), in page order. */
    List<Map<String, Object>> in(ArticlePlace.Part part) {
        return starts.stream().filter(s -> s.place().part() == part).map(s -> marker(s.page())).toList();
    }

    /** The markers of the pages that begin anywhere in the body block at {@code path}, in page order. */
    List<Map<String, Object>> inBlock(List<Integer> path) {
        return cursor(path).rest();
    }

    /** A cursor over the text of the body block at {@code path}, placing its pages' markers. */
    Cursor cursor(List<Integer> path) {
        List<PageStart> mine = new ArrayList<>();
        for (PageStart s : starts) {
            if (s.place().part() == ArticlePlace.Part.BODY && s.place().block().equals(path)) {
                mine.add(s);
            }
        }
        mine.sort(Comparator.comparingInt((PageStart s) -> s.place().offset()).thenComparingInt(PageStart::page));
        return new Cursor(new ArrayDeque<>(mine));
    }

    /**
     * Walks one block's text in order, as {@link io.pressrun.model.Blocks#plainText} counts it, and
     * puts each page's marker before the character where the page begins.
     */
    static final class Cursor {
        private final Deque<PageStart> marks;
        private int at;

        private Cursor(Deque<PageStart> marks) {
            this.marks = marks;
        }

        /**
         * {@code text} as pieces made by {@code piece}, with the markers of the pages that begin in
         * it between them; the cursor moves past the text.
         */
        List<Map<String, Object>> text(String text, Function<String, Map<String, Object>> piece) {
            List<Map<String, Object>> out = new ArrayList<>();
            int from = 0;
            while (!marks.isEmpty() && marks.peek().place().offset() < at + text.length()) {
                int cut = Math.max(from, marks.peek().place().offset() - at);
                if (cut > from) {
                    out.add(piece.apply(text.substring(from, cut)));
                }
                out.add(marker(marks.pop().page()));
                from = cut;
            }
            if (from < text.length()) {
                out.add(piece.apply(text.substring(from)));
            }
            at += text.length();
            return out;
        }

        /** The markers of pages that begin before the next {@code length} characters; the cursor moves past them. */
        List<Map<String, Object>> skip(int length) {
            List<Map<String, Object>> out = new ArrayList<>();
            while (!marks.isEmpty() && marks.peek().place().offset() < at + length) {
                out.add(marker(marks.pop().page()));
            }
            at += length;
            return out;
        }

        /** The markers not placed yet: the pages that begin at the end of the text, or past it. */
        List<Map<String, Object>> rest() {
            List<Map<String, Object>> out = new ArrayList<>();
            while (!marks.isEmpty()) {
                out.add(marker(marks.pop().page()));
            }
            return out;
        }
    }
}
