package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Span;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The diagnostics collected while a project is read; every problem is kept, none stops the reading. */
final class Problems {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void add(DiagnosticCode code, Span at, String message, String hint) {
        diagnostics.add(at.diagnostic(code, message, hint));
    }

    /** A diagnostic about the project as a whole, with no file position. */
    void addUnplaced(DiagnosticCode code, String message, String hint) {
        diagnostics.add(new Diagnostic(code.name(), message, null, null, null, null, hint));
    }

    void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    void invalid(Span at, String message, String hint) {
        add(DiagnosticCode.INVALID_VALUE, at, message, hint);
    }

    boolean has(DiagnosticCode code) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.code().equals(code.name())) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return diagnostics.size();
    }

    /**
     * The diagnostics in report order. A block shared through a YAML alias is read once per use: the same problem at
     * the same place, differing only in the path it was reached by, is reported once (for the first path).
     */
    List<Diagnostic> sorted() {
        Map<String, Diagnostic> unique = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            String message = diagnostic.path() == null ? diagnostic.message()
                    : diagnostic.message().replace(diagnostic.path(), "");
            unique.putIfAbsent(diagnostic.code() + '|' + diagnostic.file() + '|' + diagnostic.line() + '|'
                    + diagnostic.column() + '|' + message + '|' + diagnostic.hint(), diagnostic);
        }
        List<Diagnostic> copy = new ArrayList<>(unique.values());
        copy.sort(Diagnostic.REPORT_ORDER);
        return copy;
    }
}
