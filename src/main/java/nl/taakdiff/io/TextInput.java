package nl.taakdiff.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text from a stream, read piece by piece (never whole), that skips a leading byte
 * order mark and, on a byte that is not UTF-8, says on which line and at which byte it stands.
 * It also refuses a record that grows beyond {@link #MAX_RECORD} characters, so that one
 * unbalanced quote in a big file cannot exhaust memory: the reader of the records calls
 * {@link #recordEnded()} after each one.
 */
final class TextInput extends Reader {
    /** The longest record accepted, in characters. */
    static final int MAX_RECORD = 1_000_000;

    /** A byte that is not UTF-8, with where it is. */
    static final class NotUtf8Exception extends CharacterCodingException {
        private final long line;
        private final long offset;
        private final int value;

        NotUtf8Exception(long line, long offset, int value) {
            this.line = line;
            this.offset = offset;
            this.value = value;
        }

        long line() {
            return line;
        }

        /** The problem for a message, without file and line. */
        String describe() {
            return String.format("byte 0x%02X at byte position %,d is not UTF-8 text; the file looks like"
                    + " Windows-1252 or Latin-1: save it as \"CSV UTF-8\" (Excel) or with UTF-8 encoding and try again",
                    value, offset);
        }

        @Override
        public String getMessage() {
            return "line " + line + ": " + describe();
        }
    }

    /** More than {@link #MAX_RECORD} characters without the end of a record. */
    static final class RecordTooLongException extends IOException {
        RecordTooLongException() {
            super("more than " + String.format("%,d", MAX_RECORD) + " characters without the end of a record");
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16384);
    private final CharBuffer chars = CharBuffer.allocate(16384);
    private String pushback = "";
    private long bytesDecoded;
    private long line = 1;
    private long sinceRecord;
    private boolean eof;
    private boolean started;
    private NotUtf8Exception pending;

    private final boolean limitRecords;

    /** @param limitRecords whether the reader of the records calls {@link #recordEnded()} and wants the limit */
    TextInput(InputStream in, boolean limitRecords) {
        this.in = in;
        this.limitRecords = limitRecords;
        bytes.flip();
        chars.flip();
    }

    /** The first line (without its line break), which is still delivered by {@link #read}. */
    String peekFirstLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] one = new char[1];
        while (sb.length() < 65536 && read(one, 0, 1) == 1) {
            sb.append(one[0]);
            if (one[0] == '\n') {
                break;
            }
        }
        pushback = sb.toString();
        sinceRecord = 0;
        return pushback.strip();
    }

    /** Called after each record: the limit on a record's length starts again. */
    void recordEnded() {
        sinceRecord = 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!pushback.isEmpty()) {
            int n = Math.min(length, pushback.length());
            pushback.getChars(0, n, buffer, offset);
            pushback = pushback.substring(n);
            return n;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                line++;
            }
        }
        sinceRecord += n;
        if (limitRecords && sinceRecord > MAX_RECORD + chars.capacity() * 2L) {
            throw new RecordTooLongException();
        }
        return n;
    }

    /** Decodes more characters; false at the end of the text. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (pending != null) {
                    throw pending;
                }
                if (!bytes.hasRemaining() && eof) {
                    return false;
                }
                if (!eof) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, eof);
                bytesDecoded += bytes.position() - before;
                if (result.isError()) {
                    long lineOfError = line + countLineBreaks(chars);
                    pending = new NotUtf8Exception(lineOfError, bytesDecoded + 1, bytes.get(bytes.position()) & 0xFF);
                } else if (eof && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    if (chars.position() == 0) {
                        return false;
                    }
                }
            }
        } finally {
            chars.flip();
        }
        if (!started) {
            started = true;
            if (chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        return chars.hasRemaining() || fill();
    }

    private static long countLineBreaks(CharBuffer decoded) {
        long n = 0;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
