package fr.artisanat.relais.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void decodesUtf8AsWritten() {
        TextDecoder.Result result = TextDecoder.decode(utf8("Aide à l'État : 1 500 €\n"));

        assertTrue(result.ok());
        assertEquals("Aide à l'État : 1 500 €\n", result.text());
    }

    @Test
    void dropsLeadingByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '-', '-', '-', '\n'};

        assertEquals("---\n", TextDecoder.decode(bytes).text());
    }

    @Test
    void keepsByteOrderMarkCharacterInsideTheText() {
        assertEquals("a\uFEFFb", TextDecoder.decode(utf8("a\uFEFFb")).text());
    }

    @Test
    void turnsCrlfAndLoneCrIntoLf() {
        assertEquals("a\nb\nc\n\nd", TextDecoder.decode(utf8("a\r\nb\rc\r\n\r\nd")).text());
    }

    @Test
    void reportsLineOfFirstWindows1252Character() {
        byte[] bytes = "ligne 1\nligne 2\nRégion\nÉtat\n".getBytes(Charset.forName("windows-1252"));

        TextDecoder.Result result = TextDecoder.decode(bytes);

        assertFalse(result.ok());
        assertNull(result.text());
        assertEquals(3, result.badLine());
    }

    @Test
    void reportsInvalidByteOnFirstLine() {
        assertEquals(1, TextDecoder.decode(new byte[] {(byte) 0xE9, 't', 'e', '\n'}).badLine());
    }

    @Test
    void reportsTruncatedSequenceAtEndOfFile() {
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xE2, (byte) 0x82};

        assertEquals(3, TextDecoder.decode(bytes).badLine());
    }

    @Test
    void countsLinesWithCrlfEndingsBeforeTheBadByte() {
        byte[] bytes = {'a', '\r', '\n', 'b', '\r', '\n', (byte) 0xFF};

        assertEquals(3, TextDecoder.decode(bytes).badLine());
    }

    @Test
    void decodesEmptyFile() {
        assertEquals("", TextDecoder.decode(new byte[0]).text());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
