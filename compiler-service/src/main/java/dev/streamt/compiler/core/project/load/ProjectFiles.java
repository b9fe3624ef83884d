package dev.streamt.compiler.core.project.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A project as uploaded: its files, from the path relative to the project root ({@code stream_project.yml},
 * {@code models/orders.yml}, {@code environments/dev.yml}) to the raw bytes. Paths are checked (relative, {@code /}
 * separators, no empty, {@code .} or {@code ..} segment, no drive letter, no control characters) and kept sorted, so
 * that everything derived from a project is deterministic. The arrays are copied in; treat those handed out as
 * read-only.
 */
public record ProjectFiles(Map<String, byte[]> files) {

    /** The name of the project file at the root of every project. */
    public static final String PROJECT_FILE = "stream_project.yml";

    private static final int MAX_PATH_LENGTH = 1024;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    public ProjectFiles {
        Objects.requireNonNull(files, "files");
        TreeMap<String, byte[]> copy = new TreeMap<>();
        for (Map.Entry<String, byte[]> entry : files.entrySet()) {
            String path = checkPath(entry.getKey());
            byte[] bytes = Objects.requireNonNull(entry.getValue(), () -> "content of " + path);
            if (copy.put(path, bytes.clone()) != null) {
                throw new IllegalArgumentException("duplicate project file path '" + path + "'");
            }
        }
        files = Collections.unmodifiableSortedMap(copy);
    }

    /** The files of a project given as raw bytes. */
    public static ProjectFiles of(Map<String, byte[]> files) {
        return new ProjectFiles(files);
    }

    /** The files of a project given as text (encoded as UTF-8). */
    public static ProjectFiles ofText(Map<String, String> texts) {
        Objects.requireNonNull(texts, "texts");
        TreeMap<String, byte[]> bytes = new TreeMap<>();
        texts.forEach((path, text) -> bytes.put(path,
                Objects.requireNonNull(text, () -> "content of " + path).getBytes(StandardCharsets.UTF_8)));
        return new ProjectFiles(bytes);
    }

    /**
     * {@code path} when it is a valid project-relative path.
     *
     * @throws IllegalArgumentException naming the path and what is wrong with it
     */
    public static String checkPath(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("a project file path must not be empty");
        }
        if (path.length() > MAX_PATH_LENGTH) {
            throw new IllegalArgumentException("project file path is longer than " + MAX_PATH_LENGTH + " characters");
        }
        if (path.indexOf('\\') >= 0) {
            throw invalid(path, "use '/' as the separator");
        }
        if (path.startsWith("/") || DRIVE.matcher(path).matches()) {
            throw invalid(path, "it must be relative to the project root");
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                throw invalid(path, "it contains a control character");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw invalid(path, "empty, '.' and '..' segments are not allowed");
            }
        }
        return path;
    }

    private static IllegalArgumentException invalid(String path, String why) {
        return new IllegalArgumentException("invalid project file path '" + path + "': " + why);
    }

    /** The paths, sorted. */
    public Set<String> paths() {
        return files.keySet();
    }

    /** Whether the project has a file at {@code path}. */
    public boolean contains(String path) {
        return files.containsKey(path);
    }

    /** The bytes of the file at {@code path}, or null. */
    public byte[] bytes(String path) {
        return files.get(path);
    }

    /** The number of files. */
    public int size() {
        return files.size();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ProjectFiles that) || !files.keySet().equals(that.files.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> entry : files.entrySet()) {
            if (!Arrays.equals(entry.getValue(), that.files.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (Map.Entry<String, byte[]> entry : files.entrySet()) {
            hash = 31 * hash + entry.getKey().hashCode();
            hash = 31 * hash + Arrays.hashCode(entry.getValue());
        }
        return hash;
    }

    @Override
    public String toString() {
        return "ProjectFiles" + files.keySet();
    }
}
