package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ICalendarFormatterTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Clôture : prêt|Clôture : prêt",
                "a, b; c|a\\, b\\; c",
                "C:\\dossier|C:\\\\dossier",
                "`ligne 1\nligne 2`|ligne 1\\nligne 2",
                "`ligne 1\r\nligne 2\rfin`|ligne 1\\nligne 2\\nfin",
                "`bip\u0007 ok\ttab`|`bip ok\ttab`"
            })
    void escapesText(String input, String expected) {
        assertEquals(expected, ICalendarFormatter.text(input));
    }

    @Test
    void keepsShortLinesWhole() {
        assertEquals("SUMMARY:Ouverture\r\n", ICalendarFormatter.line("SUMMARY", "Ouverture"));
    }

    /** Every length around the limit, with characters of 1 to 4 UTF-8 octets at the fold. */
    @Test
    void foldsAt75OctetsWithoutSplittingCharacters() throws CharacterCodingException {
        for (String unit : new String[] {"a", "é", "€", "😀", "aé€😀"}) {
            for (int n = 1; n < 200; n++) {
                String value = unit.repeat(n);
                String folded = ICalendarFormatter.line("DESCRIPTION", value);
                assertTrue(folded.endsWith("\r\n"));
                String[] lines = folded.substring(0, folded.length() - 2).split("\r\n", -1);
                StringBuilder unfolded = new StringBuilder(lines[0]);
                for (int i = 0; i < lines.length; i++) {
                    byte[] octets = lines[i].getBytes(StandardCharsets.UTF_8);
                    assertTrue(octets.length <= 75, unit + " x" + n + " line " + i);
                    assertTrue(!lines[i].contains("\n") && !lines[i].contains("\r"));
                    // Each physical line is valid UTF-8 on its own: no character was cut.
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(octets));
                    if (i > 0) {
                        assertEquals(' ', lines[i].charAt(0));
                        unfolded.append(lines[i].substring(1));
                    }
                }
                assertEquals("DESCRIPTION:" + value, unfolded.toString());
                if (lines.length > 1) {
                    // Folding uses the room it has: a line is cut only when the next char won't
                    // fit.
                    int first = lines[0].getBytes(StandardCharsets.UTF_8).length;
                    int next =
                            new String(Character.toChars(lines[1].codePointAt(1)))
                                    .getBytes(StandardCharsets.UTF_8)
                                    .length;
                    assertTrue(first + next > 75, unit + " x" + n);
                }
            }
        }
    }
}
