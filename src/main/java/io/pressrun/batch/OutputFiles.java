package io.pressrun.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an article's editions all-or-nothing: each is written to a hidden temporary file in
 * the output folder, and only when every one is complete are they moved into place. Temporary
 * files left by an interrupted build (Ctrl-C) are deleted by a shutdown hook.
 */
public final class OutputFiles {
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    /** Guards creating, moving and (at shutdown) deleting temporary files, so none escapes the hook. */
    private static final Object LOCK = new Object();
    /** Set by the shutdown hook: a temporary file made or moved after it would escape the cleanup. */
    private static boolean shuttingDown;
    private static final String INTERRUPTED = "the build was interrupted";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::deleteInFlight, "pressrun-cleanup"));
    }

    /** Writes one edition's bytes to an output stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path dir;
    private final List<Staged> staged = new ArrayList<>();

    private record Staged(Path tmp, Path target, long bytes, String sha256) {
    }

    public OutputFiles(Path dir) {
        this.dir = dir;
    }

    /** Writes an article's editions into {@code dir}, all or none, and returns the files written. */
    public static List<ArticleResult.Output> write(Path dir, List<ArticleBuild.Edition> editions) throws IOException {
        OutputFiles files = new OutputFiles(dir);
        try {
            for (ArticleBuild.Edition e : editions) {
                files.stage(e.fileName(), out -> out.write(e.bytes()));
            }
            return files.commit();
        } catch (IOException | RuntimeException | Error e) {
            files.abort();
            throw e;
        }
    }

    /** Writes {@code name}'s content to a temporary file; nothing is visible under {@code name} yet. */
    public void stage(String name, Content content) throws IOException {
        Files.createDirectories(dir);
        Path tmp;
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new IOException(INTERRUPTED);
            }
            tmp = Files.createTempFile(dir, "." + name + ".", ".part");
            IN_FLIGHT.add(tmp);
        }
        MessageDigest digest = Digests.sha256();
        long size;
        try {
            makeReadable(tmp);
            writeAndClose(new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(tmp), digest), 1 << 16),
                    content);
            size = Files.size(tmp);
        } catch (IOException | RuntimeException | Error e) {
            discard(tmp);
            throw e;
        }
        staged.add(new Staged(tmp, dir.resolve(name), size, Digests.hex(digest.digest())));
    }

    /**
     * Writes and closes, like try-with-resources, except that a failure of {@code close} that is
     * the very failure of the writing is not added to itself: the JVM throws one shared
     * {@link OutOfMemoryError} once its preallocated ones are used up, and
     * {@code e.addSuppressed(e)} would replace it by an {@link IllegalArgumentException}.
     */
    static void writeAndClose(OutputStream out, Content content) throws IOException {
        try {
            content.writeTo(out);
        } catch (IOException | RuntimeException | Error e) {
            try {
                out.close();
            } catch (IOException | RuntimeException | Error closing) {
                if (closing != e) {
                    e.addSuppressed(closing);
                }
            }
            throw e;
        }
        out.close();
    }

    /** Moves every staged file into place and returns the final files with their sizes and digests. */
    public List<ArticleResult.Output> commit() throws IOException {
        List<ArticleResult.Output> done = new ArrayList<>();
        try {
            synchronized (LOCK) {
                if (shuttingDown) {
                    throw new IOException(INTERRUPTED);
                }
                for (Staged s : staged) {
                    move(s.tmp(), s.target());
                    IN_FLIGHT.remove(s.tmp());
                    done.add(new ArticleResult.Output(s.target(), s.bytes(), s.sha256()));
                }
            }
        } catch (IOException e) {
            for (ArticleResult.Output p : done) {
                Files.deleteIfExists(p.file());
            }
            abort();
            throw e;
        }
        staged.clear();
        return done;
    }

    /** Deletes every staged file. */
    public void abort() {
        for (Staged s : staged) {
            discard(s.tmp());
        }
        staged.clear();
    }

    /** Temporary files are created private (rw-------); editions are for reading: rw-r--r--. */
    private static void makeReadable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void discard(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // best effort: the file is hidden and named .part
        }
        IN_FLIGHT.remove(tmp);
    }

    private static void deleteInFlight() {
        synchronized (LOCK) {
            shuttingDown = true;
            deleteAll();
        }
    }

    private static void deleteAll() {
        for (Path p : IN_FLIGHT) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the process is ending; nothing more can be done
            }
        }
    }
}
