package fr.artisanat.relais.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The output of {@code git cat-file --batch}: sizes in bytes, not characters. */
class BlobReaderTest {
    @Test
    void readsBlobsByTheirByteSizeAndSkipsMissingOrInvalidOnes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] accented = "Clôture : 31 mai\n".getBytes(StandardCharsets.UTF_8);
        write(out, "aaa blob " + accented.length + "\n");
        out.writeBytes(accented);
        write(out, "\nbbb missing\n");
        write(out, "ccc blob 2\n");
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        write(out, "\nddd blob 0\n\n");
        assertEquals(
                Map.of("aaa", "Clôture : 31 mai\n", "ddd", ""),
                BlobReader.parse(new ByteArrayInputStream(out.toByteArray()), Function.identity()));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
