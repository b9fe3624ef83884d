package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Span;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of a project file: an undecodable byte is a diagnostic naming the offset, line and column. */
final class Utf8Decoder {

    private Utf8Decoder() {
    }

    /** The text of the file (a leading byte order mark dropped), or null after reporting why it is not UTF-8. */
    static String decode(String path, byte[] bytes, Problems problems) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            problems.add(DiagnosticCode.YAML_SYNTAX_ERROR, Span.startOf(path),
                    "File '" + path + "' is not UTF-8: it starts with a UTF-16 byte order mark",
                    "Save the file as UTF-8.");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            reportAt(path, bytes, in.position(), problems);
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void reportAt(String path, byte[] bytes, int errorOffset, Problems problems) {
        int offset = Math.min(errorOffset, bytes.length - 1);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        String message = String.format("File '%s' is not valid UTF-8: byte 0x%02X at offset %d (line %d, column %d) "
                + "cannot be decoded", path, bytes[offset] & 0xFF, offset, line, column);
        problems.add(DiagnosticCode.YAML_SYNTAX_ERROR, new Span(path, line, column, ""), message,
                "Save the file as UTF-8.");
    }
}
