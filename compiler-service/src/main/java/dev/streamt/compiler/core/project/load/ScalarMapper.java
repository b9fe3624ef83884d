package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.SqlText;
import dev.streamt.compiler.core.project.TextLayout;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Maps a character offset inside a scalar's value back to its line and column in the YAML file, for every scalar
 * style: block scalars ({@code |}, {@code >}) whose content starts on the line after the indicator, indented; plain and
 * quoted scalars (folded over several lines, with {@code ''} and backslash escapes). The file's lines are cut into the
 * pieces the value is made of, and the pieces are found in the value in order; when that does not reproduce the value
 * (an unusual construct), every offset maps to where the value starts. Built on first use only.
 */
final class ScalarMapper implements TextLayout {

    private final SourceFile file;
    private final ScalarNode node;
    private final int parentIndent;
    private int[] lines;
    private int[] columns;
    private boolean exact;

    ScalarMapper(SourceFile file, ScalarNode node, int parentIndent) {
        this.file = file;
        this.node = node;
        this.parentIndent = parentIndent;
    }

    /** The SQL (or other text) of a scalar, with the layout of its characters in the file. */
    static SqlText sqlText(BindContext ctx, ScalarNode node, String path, int parentIndent) {
        Span span = YamlReader.spanOf(node, path);
        return new SqlText(node.getValue(), span, new ScalarMapper(ctx.file(span.file()), node, parentIndent));
    }

    @Override
    public synchronized int[] map(int offset) {
        if (lines == null) {
            build();
        }
        int at = Math.max(0, Math.min(offset, lines.length - 1));
        return new int[] {lines[at] + 1, columns[at] + 1};
    }

    @Override
    public synchronized boolean exact() {
        if (lines == null) {
            build();
        }
        return exact;
    }

    private void build() {
        String value = node.getValue();
        lines = new int[value.length() + 1];
        columns = new int[value.length() + 1];
        Mark start = node.getStartMark().orElseThrow();
        List<Piece> pieces = file == null ? null : pieces(start, node.getEndMark().orElse(start));
        exact = pieces != null && place(value, pieces);
        if (!exact) {
            java.util.Arrays.fill(lines, start.getLine());
            java.util.Arrays.fill(columns, start.getColumn());
        }
    }

    private List<Piece> pieces(Mark start, Mark end) {
        ScalarStyle style = node.getScalarStyle();
        if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            return blockPieces(start, end);
        }
        if (style == ScalarStyle.PLAIN || style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED) {
            return flowPieces(start, end, style);
        }
        return null;
    }

    private List<Piece> blockPieces(Mark start, Mark end) {
        String header = file.line(start.getLine());
        int at = charIndex(header, start.getColumn()) + 1;
        int explicit = 0;
        while (at < header.length() && "123456789+-".indexOf(header.charAt(at)) >= 0) {
            if (Character.isDigit(header.charAt(at))) {
                explicit = header.charAt(at) - '0';
            }
            at++;
        }
        int last = end.getColumn() > 0 ? end.getLine() : end.getLine() - 1;
        int indent = explicit > 0 ? parentIndent + explicit : autoIndent(start.getLine() + 1, last);
        List<Piece> pieces = new ArrayList<>();
        for (int line = start.getLine() + 1; line <= last; line++) {
            String text = file.line(line);
            if (text.length() > indent && text.substring(0, indent).isBlank()) {
                pieces.add(Piece.linear(line, text, indent, text.length()));
            }
        }
        return pieces;
    }

    private int autoIndent(int first, int last) {
        for (int line = first; line <= last; line++) {
            String text = file.line(line);
            int spaces = 0;
            while (spaces < text.length() && text.charAt(spaces) == ' ') {
                spaces++;
            }
            if (spaces < text.length()) {
                return spaces;
            }
        }
        return 0;
    }

    private List<Piece> flowPieces(Mark start, Mark end, ScalarStyle style) {
        boolean quoted = style != ScalarStyle.PLAIN;
        List<Piece> pieces = new ArrayList<>();
        for (int line = start.getLine(); line <= end.getLine(); line++) {
            String text = file.line(line);
            int from = line == start.getLine() ? charIndex(text, start.getColumn()) + (quoted ? 1 : 0) : 0;
            int to = line == end.getLine() ? charIndex(text, end.getColumn()) - (quoted ? 1 : 0) : text.length();
            boolean first = line == start.getLine();
            boolean lastLine = line == end.getLine();
            if (!first || !quoted) {
                while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
                    from++;
                }
            }
            boolean escapedBreak = style == ScalarStyle.DOUBLE_QUOTED && !lastLine && endsWithEscape(text, from, to);
            if (!lastLine || !quoted) {
                while (!escapedBreak && to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\t')) {
                    to--;
                }
            }
            if (escapedBreak) {
                to--;
            }
            if (from >= to) {
                continue;
            }
            Piece piece = style == ScalarStyle.PLAIN ? Piece.linear(line, text, from, to)
                    : style == ScalarStyle.SINGLE_QUOTED ? Piece.singleQuoted(line, text, from, to)
                    : Piece.doubleQuoted(line, text, from, to);
            if (piece == null) {
                return null;
            }
            pieces.add(piece);
        }
        return pieces;
    }

    private static boolean endsWithEscape(String text, int from, int to) {
        int backslashes = 0;
        for (int i = to - 1; i >= from && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private boolean place(String value, List<Piece> pieces) {
        int cursor = 0;
        int lastLine = node.getStartMark().orElseThrow().getLine();
        int lastColumn = node.getStartMark().orElseThrow().getColumn() - 1;
        for (Piece piece : pieces) {
            int found = value.indexOf(piece.text(), cursor);
            if (found < 0 || !separatorsOnly(value, cursor, found)) {
                return false;
            }
            for (int i = cursor; i < found; i++) {
                lines[i] = lastLine;
                columns[i] = lastColumn + 1;
            }
            String source = file.line(piece.line());
            for (int k = 0; k < piece.text().length(); k++) {
                lines[found + k] = piece.line();
                columns[found + k] = source.codePointCount(0, piece.sourceIndex()[k]);
            }
            cursor = found + piece.text().length();
            lastLine = piece.line();
            lastColumn = columns[cursor - 1];
        }
        if (!separatorsOnly(value, cursor, value.length())) {
            return false;
        }
        for (int i = cursor; i <= value.length(); i++) {
            lines[i] = lastLine;
            columns[i] = lastColumn + 1;
        }
        return true;
    }

    private static boolean separatorsOnly(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '\n' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int charIndex(String line, int codePointColumn) {
        int count = line.codePointCount(0, line.length());
        return line.offsetByCodePoints(0, Math.min(codePointColumn, count));
    }
}
