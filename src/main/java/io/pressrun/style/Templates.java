package io.pressrun.style;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The template set: FreeMarker templates, the theme and the labels. A user folder given with
 * {@code --templates} is searched first, then the templates bundled with Pressrun.
 * Thread-safe once built.
 */
public final class Templates {
    private static final String BUNDLED = "/templates";

    private final Configuration freemarker;
    private final Path userDir;
    private final Map<String, Labels> labels = new ConcurrentHashMap<>();

    private Templates(Path userDir) {
        this.userDir = userDir;
        var cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userDir != null) {
            try {
                loaders.add(new FileTemplateLoader(userDir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read templates folder " + userDir, e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, BUNDLED));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setRecognizeStandardFileExtensions(true); // only *.ftlh / *.ftlx; *.xhtml.ftl needs <#ftl output_format="XML">
        cfg.setNumberFormat("computer");
        // templates may come from a user's folder: no ?new class instantiation, no ?api access
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        this.freemarker = cfg;
    }

    /** The bundled templates only. */
    public static Templates bundled() {
        return new Templates(null);
    }

    /** A user's templates folder, falling back to the bundled templates for what it lacks. */
    public static Templates withOverrides(Path userDir) {
        return new Templates(userDir);
    }

    /** The labels of a language, made by {@code load} the first time they are asked for. */
    Labels labels(String languageTag, Supplier<Labels> load) {
        return labels.computeIfAbsent(languageTag, t -> load.get());
    }

    /** Renders a template, e.g. {@code epub/package.opf.ftl}, with the given data model. */
    public String render(String name, Map<String, ?> model) {
        try {
            Template t = freemarker.getTemplate(name);
            var out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + ": " + e.getMessageWithoutStackTop(), e);
        }
    }

    /** Renders a short inline template string (a label) with the given data model. */
    public String renderString(String label, String source, Map<String, ?> model) {
        try {
            var t = new Template("label:" + label, source, freemarker);
            var out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("label " + label + ": " + e.getMessageWithoutStackTop(), e);
        }
    }

    /** Opens a non-template file of the set (theme, labels, CSS), user folder first. */
    public Optional<byte[]> readFile(String name) {
        List<byte[]> layers = readLayers(name);
        return layers.isEmpty() ? Optional.empty() : Optional.of(layers.get(layers.size() - 1));
    }

    /**
     * Every version of a settings file, lowest precedence first: the bundled one, then the user
     * folder's. Settings files (theme, labels) are merged key by key, so a user file need only
     * hold what it changes.
     */
    public List<byte[]> readLayers(String name) {
        List<byte[]> layers = new ArrayList<>(2);
        try {
            try (InputStream in = Templates.class.getResourceAsStream(BUNDLED + "/" + name)) {
                if (in != null) {
                    layers.add(in.readAllBytes());
                }
            }
            if (userDir != null) {
                Path p = userDir.resolve(name);
                if (Files.isRegularFile(p)) {
                    layers.add(Files.readAllBytes(p));
                }
            }
            return layers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template file " + name, e);
        }
    }
}
