package fr.artisanat.relais.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads versions of files from git by blob id, all of them through one {@code git cat-file
 * --batch}. A version that is not valid UTF-8 is left out, as an unreadable file would be.
 */
final class BlobReader {
    private BlobReader() {}

    /** Each readable blob's text by id; null when git failed (no history then). */
    static Map<String, String> read(Path dir, Collection<String> blobs) {
        if (blobs.isEmpty()) {
            return Map.of();
        }
        StringBuilder input = new StringBuilder();
        blobs.forEach(b -> input.append(b).append('\n'));
        byte[] out =
                GitProcess.run(
                        dir,
                        List.of("cat-file", "--batch"),
                        input.toString().getBytes(StandardCharsets.US_ASCII));
        return out == null ? null : parse(out);
    }

    /**
     * Parses {@code <id> blob <size>\n<size bytes>\n} records; {@code <id> missing\n} and other
     * object types are skipped (exposed for tests).
     */
    static Map<String, String> parse(byte[] out) {
        Map<String, String> texts = new HashMap<>();
        int at = 0;
        while (at < out.length) {
            int end = indexOf(out, (byte) '\n', at);
            if (end < 0) {
                break;
            }
            String[] header = new String(out, at, end - at, StandardCharsets.US_ASCII).split(" ");
            at = end + 1;
            if (header.length != 3) {
                continue; // "<id> missing"
            }
            int size = Integer.parseInt(header[2]);
            if (at + size > out.length) {
                break;
            }
            if (header[1].equals("blob")) {
                TextDecoder.Result text =
                        TextDecoder.decode(Arrays.copyOfRange(out, at, at + size));
                if (text.ok()) {
                    texts.put(header[0], text.text());
                }
            }
            at += size + 1;
        }
        return texts;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
