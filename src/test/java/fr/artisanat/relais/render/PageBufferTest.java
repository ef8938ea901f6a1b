package fr.artisanat.relais.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages are encoded exactly as {@link String#getBytes} would, however FreeMarker cuts them. */
class PageBufferTest {
    private static final char[] CHARS = {
        'a', '<', '"', 'é', '’', '€', '\u00a0', '\n', '\ud83d', '\ude00', '\udfff', '\ud800'
    };

    @Test
    void encodesLikeTheJdkWhateverTheWritesLengths() {
        Random random = new Random(20261126L);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            PageBuffer buffer = new PageBuffer();
            for (int w = 0; w < 1 + random.nextInt(20); w++) {
                int length = random.nextInt(4) == 0 ? 64 + random.nextInt(200) : random.nextInt(70);
                StringBuilder piece = new StringBuilder();
                for (int k = 0; k < length; k++) {
                    piece.append(CHARS[random.nextInt(CHARS.length)]);
                }
                text.append(piece);
                if (random.nextBoolean()) {
                    buffer.write(piece.toString());
                } else {
                    buffer.write(piece.toString().toCharArray(), 0, piece.length());
                }
            }
            buffer.close();

            assertArrayEquals(
                    text.toString().getBytes(StandardCharsets.UTF_8),
                    buffer.bytes(),
                    "round " + round);
        }
    }
}
