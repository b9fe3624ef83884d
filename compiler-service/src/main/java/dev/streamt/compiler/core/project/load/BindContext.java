package dev.streamt.compiler.core.project.load;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every binder shares while one project is read: the problems, the files' text and the variables seen. */
final class BindContext {

    /** {@code ${NAME}} or {@code ${NAME:-default}} (the streamt CLI form). */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?}");

    final Problems problems;
    private final Map<String, SourceFile> files;
    private final Set<String> variables = new TreeSet<>();

    BindContext(Problems problems, Map<String, SourceFile> files) {
        this.problems = problems;
        this.files = files;
    }

    /** Records the {@code ${VAR}} placeholders of a string value. */
    void scanVariables(String value) {
        if (value == null || value.indexOf("${") < 0) {
            return;
        }
        Matcher matcher = VARIABLE.matcher(value);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
    }

    /** The variable names seen in the values that were read, sorted. */
    Set<String> variables() {
        return variables;
    }

    SourceFile file(String path) {
        return files.get(path);
    }
}
