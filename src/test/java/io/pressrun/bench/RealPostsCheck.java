package io.pressrun.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressrun.EditionText;
import io.pressrun.EpubCheckOracle;
import io.pressrun.VeraPdfOracle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds the posts of real websites, unchanged, with {@code java -jar target/pressrun.jar build}
 * and checks the editions: how many posts build and why the others fail; that no edition's text
 * outside code shows template syntax, raw markup or attribute lists; that every picture a
 * post names that exists on disk is in both editions; and that the editions of posts with SVG
 * pictures pass EPUBCheck and veraPDF.
 *
 * <p>The argument is a folder with one folder per site; each site folder is the site's root
 * ({@code --site-root}) and every post below it is built.
 *
 * <pre>
 * mvn -q package -DskipTests
 * mvn -q test-compile exec:java -Dexec.mainClass=io.pressrun.bench.RealPostsCheck \
 *     -Dexec.classpathScope=test -Dexec.args="/tmp/realposts"
 * </pre>
 */
public final class RealPostsCheck {
    /** Template syntax, raw markup and attribute lists that should never reach a reader. */
    static final Pattern LEAK = Pattern.compile(
            "\\{\\{|\\{%|%}|\\{<|>}}|<div|<!--|</[a-zA-Z]|\\{#[A-Za-z]|\\{:|\\{\\.[A-Za-z]|!\\[[^\\]\n]*]\\(");
    /** A picture named in a post: a path ending in a picture's file extension. */
    private static final Pattern PICTURE = Pattern.compile(
            "[\\w./%-]+\\.(?:png|jpe?g|gif|webp|svg|tiff?|bmp)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1");

    /** Posts with an SVG picture, whose editions went through EPUBCheck and veraPDF. */
    private static int svgPosts;

    private RealPostsCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path sites = Paths.get(args.length > 0 ? args[0] : "/tmp/realposts");
        Path jar = Paths.get("target/pressrun.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run 'mvn -q package -DskipTests' first to make " + jar);
        }
        Path work = Files.createTempDirectory("pressrun-realposts");
        int built = 0;
        int total = 0;
        int pictures = 0;
        Map<String, Integer> causes = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        System.out.printf(Locale.ROOT, "| site | posts | built | failed | pictures checked |%n| --- | ---: | ---: | ---: | ---: |%n");
        try (Stream<Path> list = Files.list(sites)) {
            for (Path site : list.filter(Files::isDirectory).sorted().toList()) {
                JsonNode report = build(jar, site, work.resolve(site.getFileName() + ".json"),
                        work.resolve(site.getFileName().toString()));
                int siteBuilt = 0;
                int sitePictures = 0;
                for (JsonNode a : report.get("articles")) {
                    Path source = Paths.get(a.get("source").asText());
                    if (a.get("status").asText().equals("failed")) {
                        String cause = firstError(a);
                        causes.merge(cause.replaceAll("'[^']*'", "'…'").replaceAll("/[^\\s,;']+", "…"), 1, Integer::sum);
                        problems.add("failed " + source + ": " + cause);
                        continue;
                    }
                    siteBuilt++;
                    Path pdf = output(a, ".pdf");
                    Path epub = output(a, ".epub");
                    sitePictures += check(source, site, pdf, epub, problems);
                }
                int n = report.get("articles").size();
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", site.getFileName(), n, siteBuilt,
                        n - siteBuilt, sitePictures);
                built += siteBuilt;
                total += n;
                pictures += sitePictures;
            }
        }
        System.out.printf(Locale.ROOT, "| all | %d | %d | %d | %d |%n%n", total, built, total - built, pictures);
        System.out.println("Failure causes:");
        causes.forEach((cause, count) -> System.out.printf(Locale.ROOT, "  %3d  %s%n", count, cause));
        long leaks = problems.stream().filter(p -> p.startsWith("leak")).count();
        long missing = problems.stream().filter(p -> p.startsWith("missing")).count();
        long invalid = problems.stream().filter(p -> p.startsWith("invalid")).count();
        System.out.printf(Locale.ROOT, "%nleaked markup: %d, missing pictures: %d, posts with SVG pictures: %d,"
                + " invalid editions of those (EPUBCheck, veraPDF): %d%n", leaks, missing, svgPosts, invalid);
        problems.forEach(System.out::println);
    }

    private static JsonNode build(Path jar, Path site, Path report, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "build", "--force", "--out", out.toString(),
                "--site-root", site.toString(), "--report", report.toString(), site.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        if (code > 1) {
            throw new IllegalStateException(site + ": pressrun exited with " + code);
        }
        return new ObjectMapper().readTree(report.toFile());
    }

    private static String firstError(JsonNode article) {
        for (JsonNode m : article.get("messages")) {
            if (m.get("severity").asText().equals("error")) {
                return m.get("message").asText();
            }
        }
        return "(no message)";
    }

    private static Path output(JsonNode article, String suffix) {
        for (JsonNode o : article.get("outputs")) {
            if (o.get("file").asText().endsWith(suffix)) {
                return Paths.get(o.get("file").asText());
            }
        }
        throw new IllegalStateException(article.get("slug").asText() + " has no " + suffix);
    }

    /** Checks one built post; returns how many pictures it names that exist on disk. */
    private static int check(Path source, Path site, Path pdf, Path epub, List<String> problems) throws Exception {
        byte[] epubBytes = Files.readAllBytes(epub);
        StringBuilder prose = new StringBuilder();
        StringBuilder code = new StringBuilder();
        int epubPictures = epubText(epubBytes, prose, code);
        Matcher m = LEAK.matcher(prose);
        if (m.find()) {
            problems.add("leak " + epub + ": " + around(prose, m.start()));
        }
        String codeText = code.toString().replaceAll("\\s+", "");
        String pdfText = EditionText.ofPdf(Files.readAllBytes(pdf));
        for (Matcher pm = LEAK.matcher(pdfText); pm.find(); ) {
            // the word the match starts, without the punctuation of the sentence after a code span
            String from = pdfText.substring(pm.start()).split("\\s", 2)[0].replaceAll("(?<=.{2})[.,;:!?)]+$", "");
            if (!codeText.contains(from.replaceAll("\\s+", ""))) {
                problems.add("leak " + pdf + ": " + around(pdfText, pm.start()));
                break;
            }
        }
        Set<Path> named = picturesOnDisk(source, site);
        if (named.stream().anyMatch(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".svg"))) {
            validate(pdf, epub, problems);
        }
        int pdfPictures = pdfPictures(pdf);
        if (epubPictures < named.size() || pdfPictures < named.size()) {
            problems.add(String.format(Locale.ROOT, "missing pictures %s: %d on disk, %d in the EPUB, %d in the PDF %s",
                    source, named.size(), epubPictures, pdfPictures, named));
        }
        return named.size();
    }

    /** Whether the path at {@code at} is where a link goes ({@code href="x.png"}, {@code [a](x.png)}), not a picture shown. */
    private static boolean linkTarget(String text, int at) {
        String before = text.substring(Math.max(0, at - 6), at);
        if (before.endsWith("href=\"") || before.endsWith("href='")) {
            return true;
        }
        if (!before.endsWith("](") && !before.endsWith("](<")) {
            return false;
        }
        int open = text.lastIndexOf('[', at);
        return open <= 0 || text.charAt(open - 1) != '!';
    }

    /** The text after the front matter ({@code ---} or {@code +++} lines). */
    private static String body(String source) {
        Matcher m = Pattern.compile("\\A(---|\\+\\+\\+)\\s*\n.*?\n\\1\\s*\n", Pattern.DOTALL).matcher(source);
        return m.find() ? source.substring(m.end()) : source;
    }

    /** A post with an SVG picture: its EPUB through EPUBCheck, its PDF through veraPDF (PDF/UA-1, PDF/A-2a). */
    private static void validate(Path pdf, Path epub, List<String> problems) throws IOException {
        svgPosts++;
        EpubCheckOracle.Result check = EpubCheckOracle.check(epub);
        if (!check.clean()) {
            problems.add("invalid " + check.describe());
        }
        VeraPdfOracle.Result vera = VeraPdfOracle.check(pdf);
        if (!vera.compliant()) {
            problems.add("invalid " + vera.describe());
        }
    }

    private static String around(CharSequence text, int at) {
        int from = Math.max(0, at - 12);
        int to = Math.min(text.length(), at + 14);
        String s = text.subSequence(from, to).toString();
        int nl = s.indexOf('\n', at - from);
        s = nl >= 0 ? s.substring(0, nl) : s;
        int before = s.lastIndexOf('\n', at - from - 1);
        return (before >= 0 ? s.substring(before + 1) : s).strip();
    }

    /** The prose and the code of the EPUB's XHTML; returns the number of pictures but the cover. */
    private static int epubText(byte[] epub, StringBuilder prose, StringBuilder code) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        int pictures = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.startsWith("OEBPS/images/") && !name.startsWith("OEBPS/images/cover")) {
                    pictures++;
                } else if (name.endsWith(".xhtml") && !name.endsWith("nav.xhtml")) {
                    Document d = factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                    split(d.getDocumentElement(), prose, code, false);
                }
            }
        }
        return pictures;
    }

    private static void split(Node node, StringBuilder prose, StringBuilder code, boolean inCode) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            (inCode ? code : prose).append(node.getNodeValue());
            return;
        }
        String name = node.getLocalName() == null ? "" : node.getLocalName();
        boolean codeHere = inCode || name.equals("pre") || name.equals("code");
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            split(c, prose, code, codeHere);
        }
        if (name.equals("p") || name.equals("li") || name.startsWith("h")) {
            prose.append('\n');
        }
    }

    /** Distinct pictures (image or form XObjects) drawn on the PDF's pages. */
    private static int pdfPictures(Path pdf) throws IOException {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getXObjectNames()) {
                    PDXObject x = res.getXObject(name);
                    if ((x instanceof PDImageXObject || x instanceof PDFormXObject) && seen.add(x.getCOSObject())) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /**
     * The picture files a post's body names, outside code, that exist beside it or in its site
     * (front matter keys such as a theme's {@code logo:} are the website's layout, not the article).
     */
    static Set<Path> picturesOnDisk(Path source, Path site) throws IOException {
        String text = FENCE.matcher(body(Files.readString(source))).replaceAll("").replaceAll("`[^`\n]*`", "");
        Set<Path> found = new LinkedHashSet<>();
        Matcher m = PICTURE.matcher(text);
        while (m.find()) {
            String path = m.group();
            int before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            if (path.contains("//") || before == ':' || path.contains("..") || linkTarget(text, m.start())) {
                continue;
            }
            for (Path base : List.of(source.getParent(), site, site.resolve("static"))) {
                Path p = base.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
                if (p.startsWith(site) && Files.isRegularFile(p)) {
                    found.add(p);
                    break;
                }
            }
        }
        return found;
    }
}
