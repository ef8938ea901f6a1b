package fr.artisanat.relais.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes a page to UTF-8 straight into a growing byte array. FreeMarker
 * writes a page as thousands of small strings; going through {@code OutputStreamWriter} wrapped
 * each of them in a {@code CharBuffer} (1.5 GB of garbage at 10 000 measures) and a {@code
 * StringWriter} kept a second, UTF-16 copy of every page. A lone surrogate becomes {@code ?}, as
 * {@link String#getBytes} does, which encodes the long strings.
 */
final class PageBuffer extends Writer {
    /** From this length a string is encoded by the JDK rather than char by char. */
    private static final int BULK = 64;

    private byte[] buf = new byte[16 * 1024];
    private int count;

    /** A high surrogate written at the end of the previous call, waiting for its low half. */
    private char pendingHigh;

    @Override
    public void write(String s) {
        int len = s.length();
        if (len >= BULK && pendingHigh == 0 && !Character.isHighSurrogate(s.charAt(len - 1))) {
            // a body or a long text: the JDK's encoder is much faster than char by char
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, buf, count, utf8.length);
            count += utf8.length;
            return;
        }
        write(s, 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
        ensure(len * 3 + 4);
        for (int i = off, end = off + len; i < end; i++) {
            put(s.charAt(i));
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        ensure(len * 3 + 4);
        for (int i = off, end = off + len; i < end; i++) {
            put(cbuf[i]);
        }
    }

    @Override
    public void write(int c) {
        ensure(7);
        put((char) c);
    }

    /** Appends bytes that are already UTF-8 (a cached fragment). */
    void writeUtf8(byte[] bytes) {
        close();
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, count, bytes.length);
        count += bytes.length;
    }

    private void put(char c) {
        byte[] b = buf;
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                b[count++] = (byte) (0xF0 | (cp >> 18));
                b[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[count++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            b[count++] = '?';
        }
        if (c < 0x80) {
            b[count++] = (byte) c;
        } else if (c < 0x800) {
            b[count++] = (byte) (0xC0 | (c >> 6));
            b[count++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            b[count++] = '?';
        } else {
            b[count++] = (byte) (0xE0 | (c >> 12));
            b[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[count++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (count + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            buf[count++] = '?';
        }
    }

    /** How much a file written as it is made ({@link #drainTo}) keeps before writing it out. */
    static final int DRAIN_THRESHOLD = 64 * 1024;

    /**
     * Moves the bytes encoded so far to {@code out} once they pass {@code threshold}, for a file
     * written as it is made: the buffer then stays small whatever the file's size. A high surrogate
     * still waiting for its low half is written with the next call.
     */
    void drainTo(OutputStream out, int threshold) throws IOException {
        if (count >= threshold) {
            out.write(buf, 0, count);
            count = 0;
        }
    }

    /** The page's bytes; call after {@link #close}. */
    byte[] bytes() {
        return Arrays.copyOf(buf, count);
    }
}
