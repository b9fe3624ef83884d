package dev.streamt.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where the kit keeps the files of the components it starts: under the build folder, never in /tmp, so that
 * {@code mvn clean} removes whatever a crashed test left behind.
 *
 * <p>The base is the system property {@value #BASE_DIRECTORY_PROPERTY} if set, otherwise
 * {@code target/streamt-test-kit} relative to the working directory (Maven runs tests from the module folder).
 * Stateless and thread-safe.
 */
final class WorkDirectories {

    /** System property naming the folder under which every component gets its own directory. */
    static final String BASE_DIRECTORY_PROPERTY = "streamt.test.work-dir";

    private WorkDirectories() {
    }

    static Path base() {
        String configured = System.getProperty(BASE_DIRECTORY_PROPERTY);
        Path base = configured == null || configured.isBlank()
                ? Path.of("target", "streamt-test-kit")
                : Path.of(configured);
        return base.toAbsolutePath().normalize();
    }

    /** Creates a fresh, uniquely named directory under {@link #base()}. */
    static Path createUnique(String prefix) {
        try {
            Path base = Files.createDirectories(base());
            return Files.createTempDirectory(base, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a work directory under " + base(), e);
        }
    }

    /** Creates the directory (and parents) if missing and returns it as an absolute path. */
    static Path ensure(Path directory) {
        try {
            return Files.createDirectories(directory.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create directory " + directory, e);
        }
    }

    /** Deletes a directory tree; a tree that is already gone is fine. */
    static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                    // A file that vanished while we walked (a process still writing) is what we wanted anyway.
                    if (exc instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw exc;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + root, e);
        }
    }
}
