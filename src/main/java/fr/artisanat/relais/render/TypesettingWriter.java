package fr.artisanat.relais.render;

import fr.artisanat.relais.typography.FrenchTypography;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a page as FreeMarker makes it, with {@link FrenchTypography} applied to its text: the
 * titles, names, amounts and sentences of the view records and of the templates alike. Tags and
 * their attributes (URLs, dates), comments, and the content of {@code script}, {@code style},
 * {@code pre}, {@code code} and {@code textarea} pass unchanged. A text is typeset once it is
 * whole, at the next tag.
 */
final class TypesettingWriter extends Writer {
    private static final Set<String> RAW = Set.of("script", "style", "pre", "code", "textarea");

    private enum State {
        TEXT,
        TAG,
        COMMENT,
        RAW
    }

    private final PageBuffer out;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder tagName = new StringBuilder();
    private State state = State.TEXT;
    private boolean readingName;
    private boolean closingTag;
    private char quote;

    /** In a comment: how many of "-->" were just seen; in raw text, how many of "</name". */
    private int matched;

    private String rawEnd;

    TypesettingWriter(PageBuffer out) {
        this.out = out;
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            if (state == State.TEXT) {
                // a text goes to the buffer in one piece, up to the next tag
                int lt = s.indexOf('<', i);
                int stop = lt < 0 || lt >= end ? end : lt;
                text.append(s, i, stop);
                i = stop;
                if (i < end) {
                    put(s.charAt(i++));
                }
            } else if (state == State.TAG && !readingName && quote == 0) {
                // the rest of a tag's attributes, up to its end or a quote, in one piece
                int stop = i;
                while (stop < end) {
                    char c = s.charAt(stop);
                    if (c == '>' || c == '"' || c == '\'') {
                        break;
                    }
                    stop++;
                }
                out.write(s, i, stop - i);
                i = stop;
                if (i < end) {
                    put(s.charAt(i++));
                }
            } else if (state == State.TAG && quote != 0) {
                // an attribute's value, up to its closing quote, in one piece
                int q = s.indexOf(quote, i);
                int stop = q < 0 || q >= end ? end : q;
                out.write(s, i, stop - i);
                i = stop;
                if (i < end) {
                    put(s.charAt(i++));
                }
            } else {
                put(s.charAt(i++));
            }
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            put(cbuf[i]);
        }
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    /**
     * Appends a fragment that was already typeset (a cached card): a whole element, so the text
     * before it is complete.
     */
    void writeTypesetUtf8(byte[] fragment) {
        flushText();
        out.writeUtf8(fragment);
    }

    private void put(char c) {
        switch (state) {
            case TEXT -> {
                if (c == '<') {
                    flushText();
                    state = State.TAG;
                    readingName = true;
                    closingTag = false;
                    quote = 0;
                    tagName.setLength(0);
                    out.write('<');
                } else {
                    text.append(c);
                }
            }
            case TAG -> tag(c);
            case COMMENT -> {
                out.write(c);
                if (c == '-') {
                    matched = Math.min(matched + 1, 2);
                } else if (c == '>' && matched == 2) {
                    state = State.TEXT;
                    matched = 0;
                } else {
                    matched = 0;
                }
            }
            case RAW -> raw(c);
        }
    }

    private void tag(char c) {
        out.write(c);
        if (readingName) {
            if (c == '/' && tagName.length() == 0 && !closingTag) {
                closingTag = true;
                return;
            }
            if (Character.isLetterOrDigit(c) || (c == '-' && tagName.length() > 0)) {
                tagName.append(c);
                if (tagName.length() == 3 && tagName.toString().equals("!--")) {
                    state = State.COMMENT;
                    matched = 0;
                }
                return;
            }
            if (c == '!' && tagName.length() == 0) {
                tagName.append(c);
                return;
            }
            readingName = false;
        }
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            String name = tagName.toString().toLowerCase(Locale.ROOT);
            if (!closingTag && RAW.contains(name)) {
                state = State.RAW;
                rawEnd = "</" + name;
                matched = 0;
            } else {
                state = State.TEXT;
            }
        }
    }

    /** Passes raw text through until its closing tag starts, which is then read as a tag. */
    private void raw(char c) {
        char expected = rawEnd.charAt(matched);
        if (Character.toLowerCase(c) == expected) {
            matched++;
            if (matched == rawEnd.length()) {
                out.write(rawEnd);
                state = State.TAG;
                readingName = false;
                closingTag = true;
                quote = 0;
                tagName.setLength(0);
                tagName.append(rawEnd, 2, rawEnd.length());
                matched = 0;
            }
            return;
        }
        if (matched > 0) {
            out.write(rawEnd, 0, matched);
            matched = 0;
            raw(c);
            return;
        }
        out.write(c);
    }

    private void flushText() {
        if (text.length() > 0) {
            out.write(FrenchTypography.apply(text.toString()));
            text.setLength(0);
        }
    }

    @Override
    public void flush() {
        flushText();
    }

    @Override
    public void close() throws IOException {
        flushText();
        if (state == State.RAW && matched > 0) {
            out.write(rawEnd, 0, matched);
        }
        out.close();
    }
}
