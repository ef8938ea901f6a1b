package fr.artisanat.relais.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads versions of files from git by blob id, all of them through one {@code git cat-file
 * --batch}, turning each into what the caller keeps as soon as it is read: a long history is never
 * in memory as text. A version that is not valid UTF-8 is left out, as an unreadable file would be.
 */
final class BlobReader {
    private BlobReader() {}

    /**
     * What {@code convert} made of each readable blob, by id (absent when it returned null); null
     * when git failed (no history then).
     */
    static <T> Map<String, T> read(
            Path dir, Collection<String> blobs, Function<String, T> convert) {
        if (blobs.isEmpty()) {
            return Map.of();
        }
        StringBuilder input = new StringBuilder();
        blobs.forEach(b -> input.append(b).append('\n'));
        return GitProcess.run(
                dir,
                List.of("cat-file", "--batch"),
                input.toString().getBytes(StandardCharsets.US_ASCII),
                out -> parse(out, convert));
    }

    /**
     * Parses {@code <id> blob <size>\n<size bytes>\n} records; {@code <id> missing\n} and other
     * object types are skipped (exposed for tests).
     */
    static <T> Map<String, T> parse(InputStream raw, Function<String, T> convert)
            throws IOException {
        InputStream in = new BufferedInputStream(raw);
        Map<String, T> converted = new HashMap<>();
        String header;
        while ((header = line(in)) != null) {
            String[] fields = header.split(" ");
            if (fields.length != 3) {
                continue; // "<id> missing"
            }
            byte[] content = in.readNBytes(Integer.parseInt(fields[2]));
            in.read(); // the newline after the content
            if (fields[1].equals("blob")) {
                TextDecoder.Result text = TextDecoder.decode(content);
                T value = text.ok() ? convert.apply(text.text()) : null;
                if (value != null) {
                    converted.put(fields[0], value);
                }
            }
        }
        return converted;
    }

    /** One header line without its newline; null at the end of the output. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
    }
}
