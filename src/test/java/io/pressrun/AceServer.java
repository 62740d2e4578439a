package io.pressrun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Ace by DAISY process for the whole test run: {@code .ci/ace-server.js} keeps Node.js and a
 * headless Chromium open and checks one EPUB a request, where Ace's command line starts both for
 * every file (about half the time an EPUB, docs/decisions.md). The process starts with the first
 * check and ends with the JVM; one that hangs is killed, and the next check starts another.
 */
final class AceServer {
    static final Path SCRIPT = Path.of(".ci", "ace-server.js");
    private static final String ANSWER = "ace-server: ";

    private static Process process;
    private static Writer requests;
    private static BufferedReader answers;
    private static Path home;
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ace-server answers");
        t.setDaemon(true);
        return t;
    });

    private AceServer() {
    }

    /** Checks {@code epub}, writing Ace's report.json into {@code outdir}; fails with Ace's message. */
    static synchronized void check(Path epub, Path outdir, long timeoutSeconds) throws IOException {
        start();
        requests.write(outdir.toAbsolutePath() + "\t" + epub.toAbsolutePath() + "\n");
        requests.flush();
        Future<String> answer = READER.submit(AceServer::answer);
        String line;
        try {
            line = answer.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            stop();
            throw new IOException("Ace did not finish within " + timeoutSeconds + " s on " + epub + "; log: " + log());
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Ace checked " + epub, e);
        } catch (java.util.concurrent.ExecutionException e) {
            stop();
            throw new IOException("Ace's process ended while it checked " + epub + "; log: " + log(), e.getCause());
        }
        if (!line.equals("done")) {
            String why = line.startsWith("failed") ? line.substring("failed".length()).trim() : line;
            throw new IOException("Ace failed on " + epub + ": " + why);
        }
    }

    /** The next answer line, skipping anything else the process may print. */
    private static String answer() throws IOException {
        for (String line = answers.readLine(); line != null; line = answers.readLine()) {
            if (line.startsWith(ANSWER)) {
                return line.substring(ANSWER.length());
            }
        }
        throw new IOException("the process ended");
    }

    private static void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        home = Files.createTempDirectory("pressrun-ace");
        var pb = new ProcessBuilder("node", SCRIPT.toAbsolutePath().toString())
                .directory(SCRIPT.toAbsolutePath().getParent().toFile())
                .redirectError(home.resolve("ace.log").toFile());
        pb.environment().put("PUPPETEER_EXECUTABLE_PATH", AceOracle.browser());
        pb.environment().put("HOME", home.toString()); // Ace keeps its log under the home folder
        process = pb.start();
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Process started = process;
        Path startedHome = home;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            end(started);
            try {
                AceOracle.deleteTree(startedHome);
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }));
    }

    private static void stop() {
        if (process != null) {
            end(process);
            process = null;
        }
    }

    /** Closes the requests, so that the process closes its browser and ends; else kills both. */
    private static void end(Process p) {
        try {
            p.getOutputStream().close();
            if (p.waitFor(10, TimeUnit.SECONDS)) {
                return;
            }
        } catch (IOException e) {
            // killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static String log() {
        try {
            return Files.readString(home.resolve("ace.log"));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
