package io.pressrun.source;

import io.pressrun.model.Article;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.Image;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;
import io.pressrun.text.PunctuationStyle;
import io.pressrun.text.Typographer;
import io.pressrun.text.WordCount;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads one article source file into an {@link Article}: the front matter validated key by
 * key, the Markdown body, every image found and checked. Throws {@link ArticleException} with
 * the file and line on the first error; collects warnings.
 */
public final class ArticleReader {
    private final Templates templates;
    private final InputLimits limits;
    private final SiteOptions site;

    /**
     * @param templates where the labels of each language are (quotation marks)
     * @param limits    the largest source and image files accepted
     */
    public ArticleReader(Templates templates, InputLimits limits) {
        this(templates, limits, SiteOptions.NONE);
    }

    /** @param site where site paths lead, for articles of a website */
    public ArticleReader(Templates templates, InputLimits limits, SiteOptions site) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.site = Objects.requireNonNull(site, "site");
    }

    /**
     * The article and the warnings met while reading it.
     *
     * @param draft the front matter marks it as a draft ({@code draft: true})
     */
    public record Result(Article article, List<Diagnostic> warnings, boolean draft) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** Reads the article file, its images beside it ({@link FileAssets}). */
    public Result read(Path file) {
        List<Diagnostic> warnings = new ArrayList<>();
        String text = SourceText.read(file, limits.maxSourceBytes(), warnings);
        Optional<Path> siteRoot = SiteRoot.of(file, site);
        return read(file, text, new FileAssets(file, siteRoot), siteRoot, warnings);
    }

    /**
     * Reads an article given as bytes, exactly as {@link #read(Path)} reads a file that holds them.
     *
     * @param name   the article's name: in messages, and for the slug or date its file name gives
     * @param source the source's bytes (UTF-8)
     * @param assets where its images come from
     */
    public Result read(Path name, byte[] source, AssetResolver assets) {
        List<Diagnostic> warnings = new ArrayList<>();
        String text = SourceText.decode(name, source, limits.maxSourceBytes(), warnings);
        return read(name, text, assets, SiteRoot.of(name, site), warnings);
    }

    /** @param siteRoot the site the article belongs to ({@link SiteRoot}), looked for once per article */
    private Result read(Path file, String text, AssetResolver assets, Optional<Path> siteRoot,
                        List<Diagnostic> warnings) {
        UnsetScripts.check(file, text);
        SourceParts parts = SourceParts.split(file, text);
        FrontMatter fm = FrontMatterReader.read(file, parts, warnings);

        Labels labels = Labels.forLanguage(templates, fm.language());
        PunctuationStyle punctuation = new PunctuationStyle(labels.get("quote-open"), labels.get("quote-close"),
                labels.get("quote-inner-open"), labels.get("quote-inner-close"), labels.get("space-before-punctuation"));
        ImageLoader images = new ImageLoader(file, limits, assets);

        Optional<Image> lead = fm.image().map(ref -> images.load(ref.src(), ref.line(),
                smart(punctuation, ref.alt()), smart(punctuation, ref.caption()), smart(punctuation, ref.credit())));
        String markdown = new SiteTemplates(file, parts.bodyFirstLine(), warnings,
                new ShortcodeMeanings(file, assets, labels, warnings, siteRoot)).rewrite(parts.body());
        List<Block> body = new BodyReader(file, parts.bodyFirstLine(), punctuation, images::load, warnings,
                new SiteLinks(file, site.baseUrl(), warnings))
                .read(markdown);
        if (body.isEmpty()) {
            warnings.add(Diagnostic.warning(file, parts.bodyFirstLine(), "the article has no body text"));
        }

        String title = smart(punctuation, fm.title());
        String subtitle = smart(punctuation, fm.subtitle());
        List<Author> authors = fm.authors().stream()
                .map(a -> new Author(a.name(), smart(punctuation, a.role()), smart(punctuation, a.bio())))
                .toList();
        String slug = fm.slug().orElseGet(() -> Slugs.fromFileName(file));
        String identifier = fm.identifier().orElseGet(() -> "urn:uuid:"
                + UUID.nameUUIDFromBytes((slug + "\n" + fm.date().iso()).getBytes(StandardCharsets.UTF_8)));
        int words = WordCount.of(title) + WordCount.of(subtitle) + WordCount.of(body);

        Article article = new Article(file, slug, identifier, fm.language(), title, subtitle, authors, fm.date(),
                fm.updated(), smart(punctuation, fm.publisher()), smart(punctuation, fm.rights()),
                smart(punctuation, fm.summary()), fm.tags(), lead, body, words);
        return new Result(article, warnings, fm.draft() || inDraftsFolder(file));
    }

    /** Jekyll keeps unpublished posts in a {@code _drafts} folder. */
    private static boolean inDraftsFolder(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("_drafts");
    }

    private static String smart(PunctuationStyle style, String text) {
        return text.isEmpty() ? text : new Typographer(style).convert(text);
    }
}
