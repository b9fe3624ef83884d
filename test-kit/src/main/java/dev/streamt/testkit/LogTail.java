package dev.streamt.testkit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the last lines of a log file for error messages. Stateless and thread-safe. */
final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** The last {@code lines} lines of the file, or a note saying why they could not be read. */
    static String of(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log file at " + file + ")";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            // Read only the end: the config dump at the top of a Kafka log is long and of no help here.
            long start = Math.max(0, in.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return last.isEmpty() || (last.size() == 1 && last.get(0).isEmpty()) ? "(log is empty)" : String.join("\n", last);
        } catch (IOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    /** Whether the end of the log says a port was taken, the one start failure worth retrying with other ports. */
    static boolean saysAddressInUse(Path file) {
        String tail = of(file, 200);
        return tail.contains("Address already in use") || tail.contains("BindException");
    }
}
