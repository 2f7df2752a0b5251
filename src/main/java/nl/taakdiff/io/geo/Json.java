package nl.taakdiff.io.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser (RFC 8259) for the TopoJSON inputs of the data build. Values become
 * {@link Map} (insertion order kept), {@link List}, {@link String}, {@link Double} or {@link Long}
 * (integers without fraction or exponent), {@link Boolean} and {@code null}. It reads a whole text
 * that is already in memory; the inputs are at most a few hundred kilobytes.
 *
 * <p>Hand-written rather than a library because the build reads five small, known files and needs
 * nothing beyond parsing; errors name the line and column.
 */
public final class Json {
    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** Thrown for text that is not JSON; the message names line and column. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        SyntaxException(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static Object parse(String text) throws SyntaxException {
        Json json = new Json(text);
        json.skipBlanks();
        if (json.pos < text.length() && text.charAt(json.pos) == '\uFEFF') {
            json.pos++;
            json.skipBlanks();
        }
        Object value = json.value();
        json.skipBlanks();
        if (json.pos != text.length()) {
            throw json.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value() throws SyntaxException {
        if (pos >= text.length()) {
            throw error("unexpected end of text");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Map<String, Object> object() throws SyntaxException {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipBlanks();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipBlanks();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            String key = string();
            skipBlanks();
            expect(':');
            skipBlanks();
            map.put(key, value());
            skipBlanks();
            char c = next();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() throws SyntaxException {
        pos++;
        List<Object> list = new ArrayList<>();
        skipBlanks();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipBlanks();
            list.add(value());
            skipBlanks();
            char c = next();
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() throws SyntaxException {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character in string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("incomplete \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("bad escape '\\" + e + "'");
                }
            }
        }
    }

    private Object number() throws SyntaxException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw error("bad number");
        }
        boolean integer = true;
        if (peek() == '.') {
            integer = false;
            pos++;
            if (!isDigit(peek())) {
                throw error("bad number: digit expected after '.'");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            integer = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("bad number: digit expected in exponent");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        String s = text.substring(start, pos);
        if (integer && s.length() < 19) {
            return Long.parseLong(s);
        }
        return Double.parseDouble(s);
    }

    private Object literal(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected word");
        }
        pos += word.length();
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next() throws SyntaxException {
        if (pos >= text.length()) {
            throw error("unexpected end of text");
        }
        return text.charAt(pos++);
    }

    private void expect(char c) throws SyntaxException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private SyntaxException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SyntaxException("line " + line + ", column " + column + ": " + message, line);
    }
}
