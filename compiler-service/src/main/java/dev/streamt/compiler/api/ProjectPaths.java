package dev.streamt.compiler.api;

import dev.streamt.runtime.http.Problem;
import dev.streamt.runtime.http.ProblemException;
import java.util.Map;
import java.util.TreeMap;

/** The paths of uploaded files: normalised, confined to the project, rooted at the folder of stream_project.yml. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    /** A relative path with '/' separators; a path leaving the project ('..', absolute) is a bad request. */
    static String normalise(String path) {
        String p = path == null ? "" : path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.isBlank() || p.startsWith("/") || p.matches("^[A-Za-z]:.*") || ("/" + p + "/").contains("/../")) {
            throw new ProblemException(Problem.of(400, "malformed-project-upload", "Malformed project upload",
                    "File paths must be relative to the project root and stay inside it: '" + path + "'."));
        }
        return p;
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
        entries.forEach((name, content) -> {
            String p = normalise(name);
            boolean hidden = ("/" + p).contains("/.");
            if (p.startsWith(prefix) && !hidden) {
                files.put(p.substring(prefix.length()), content);
            }
        });
        return files;
    }
}
