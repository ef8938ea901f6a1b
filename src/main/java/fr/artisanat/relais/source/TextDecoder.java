package fr.artisanat.relais.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an editor's file strictly as UTF-8 (a Windows-1252 file must be reported, not turned into
 * mojibake), drops a leading BOM and normalises CRLF and CR line endings to LF.
 */
final class TextDecoder {
    private TextDecoder() {}

    /** The decoded text, or the 1-based line of the first byte that is not UTF-8. */
    record Result(String text, int badLine) {
        boolean ok() {
            return text != null;
        }
    }

    static Result decode(byte[] bytes) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Result(text.replace("\r\n", "\n").replace('\r', '\n'), 0);
        } catch (CharacterCodingException e) {
            return new Result(null, lineOfFirstInvalidByte(bytes));
        }
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
