package dev.streamt.compiler.api;

import dev.streamt.runtime.http.Problem;
import dev.streamt.runtime.http.ProblemException;
import dev.streamt.runtime.text.ControlCharacters;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** The paths of uploaded files: normalised, confined to the project, rooted at the folder of stream_project.yml. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    /**
     * A relative path with '/' separators and no empty or {@code .} segments ({@code models/./a.yml} and
     * {@code models//a.yml} are {@code models/a.yml}); a path leaving the project ('..', absolute) or holding a control
     * character (a NUL, a line break that would forge a log line) is a bad request.
     */
    static String normalise(String path) {
        String given = path == null ? "" : path;
        if (ControlCharacters.in(given)) {
            throw malformed("File paths must not contain control characters (NUL, line breaks, tabs): "
                    + printable(given) + ".");
        }
        String p = given.replace('\\', '/');
        if (p.isBlank() || p.startsWith("/") || p.matches("^[A-Za-z]:.*") || ("/" + p + "/").contains("/../")) {
            throw malformed("File paths must be relative to the project root and stay inside it: '" + p + "'.");
        }
        StringJoiner normalised = new StringJoiner("/");
        for (String segment : p.split("/")) {
            if (!segment.isEmpty() && !segment.equals(".")) {
                normalised.add(segment);
            }
        }
        if (normalised.length() == 0) {
            throw malformed("'" + p + "' names no file.");
        }
        return normalised.toString();
    }

    /** The upload's files under their normalised paths; two keys naming the same file are a bad request. */
    static Map<String, byte[]> normaliseAll(Map<String, byte[]> files) {
        Map<String, byte[]> normalised = new TreeMap<>();
        Map<String, String> given = new TreeMap<>();
        files.forEach((path, content) -> {
            String p = normalise(path);
            String earlier = given.putIfAbsent(p, path);
            if (earlier != null) {
                throw malformed("'" + earlier + "' and '" + path + "' name the same file '" + p
                        + "': send each file once.");
            }
            normalised.put(p, content);
        });
        return normalised;
    }

    /** A path as it can be shown in a message or a log: quoted, control characters as {@code \\uXXXX}. */
    static String printable(String path) {
        return "'" + ControlCharacters.escaped(path, 300) + "'";
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(Problem.of(400, "malformed-project-upload", "Malformed project upload", detail));
    }

    /**
     * Archives usually hold the project folder itself ({@code payments/stream_project.yml}): the shallowest folder with a
     * stream_project.yml becomes the root and files outside it are dropped. Hidden files (macOS metadata) are skipped.
     */
    static Map<String, byte[]> rootAtProjectFile(Map<String, byte[]> entries) {
        String root = null;
        for (String name : entries.keySet()) {
            String p = normalise(name);
            if (p.equals(ProjectUploadReader.PROJECT_FILE) || p.endsWith("/" + ProjectUploadReader.PROJECT_FILE)) {
                String prefix = p.substring(0, p.length() - ProjectUploadReader.PROJECT_FILE.length());
                if (root == null || prefix.length() < root.length()) {
                    root = prefix;
                }
            }
        }
        String prefix = root == null ? "" : root;
        Map<String, byte[]> files = new TreeMap<>();
        normaliseAll(entries).forEach((p, content) -> {
            boolean hidden = ("/" + p).contains("/.");
            if (p.startsWith(prefix) && !hidden) {
                files.put(p.substring(prefix.length()), content);
            }
        });
        return files;
    }
}
