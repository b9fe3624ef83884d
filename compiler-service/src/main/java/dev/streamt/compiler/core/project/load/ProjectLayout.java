package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which uploaded files take part: {@code stream_project.yml} (or {@code stream_project.yaml}), every
 * {@code *.yml}/{@code *.yaml} below {@code sources/}, {@code models/}, {@code tests/} and {@code exposures/} (in path
 * order), and {@code environments/<name>.yml|yaml}. Other files (SQL, docs, ...) are ignored.
 */
final class ProjectLayout {

    static final List<String> BLOCK_DIRECTORIES = List.of("sources/", "models/", "tests/", "exposures/");
    private static final String ENVIRONMENTS = "environments/";

    final String projectFile;
    final List<String> blockFiles;
    final Map<String, String> environments;

    private ProjectLayout(String projectFile, List<String> blockFiles, Map<String, String> environments) {
        this.projectFile = projectFile;
        this.blockFiles = blockFiles;
        this.environments = environments;
    }

    static ProjectLayout of(ProjectFiles files, Problems problems) {
        String projectFile = files.contains(ProjectFiles.PROJECT_FILE) ? ProjectFiles.PROJECT_FILE
                : files.contains("stream_project.yaml") ? "stream_project.yaml" : null;
        if (projectFile != null && projectFile.equals(ProjectFiles.PROJECT_FILE)
                && files.contains("stream_project.yaml")) {
            problems.invalid(Span.startOf("stream_project.yaml"), "The project has both stream_project.yml and "
                    + "stream_project.yaml; stream_project.yaml is ignored", "Keep one project file.");
        }
        List<String> blocks = new ArrayList<>();
        Map<String, String> environments = new TreeMap<>();
        for (String path : files.paths()) {
            if (!isYaml(path)) {
                continue;
            }
            if (BLOCK_DIRECTORIES.stream().anyMatch(path::startsWith)) {
                blocks.add(path);
            } else if (path.startsWith(ENVIRONMENTS) && path.indexOf('/', ENVIRONMENTS.length()) < 0) {
                String name = path.substring(ENVIRONMENTS.length(), path.lastIndexOf('.'));
                String previous = environments.putIfAbsent(name, path);
                if (previous != null) {
                    String yml = previous.endsWith(".yml") ? previous : path;
                    String other = yml.equals(path) ? previous : path;
                    environments.put(name, yml);
                    problems.invalid(Span.startOf(other), "Environment '" + name + "' is defined by both " + yml
                            + " and " + other + "; " + other + " is ignored", "Keep one file per environment.");
                }
            }
        }
        return new ProjectLayout(projectFile, Collections.unmodifiableList(blocks),
                Collections.unmodifiableMap(environments));
    }

    private static boolean isYaml(String path) {
        return path.endsWith(".yml") || path.endsWith(".yaml");
    }
}
