package io.github.supportkpi.wire;

import io.github.supportkpi.metric.Tally;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON form (RFC 8259): a strict writer, parser and reader of the same fields as the binary form. */
final class Json {
    /** How deep objects and arrays may nest in a document read. */
    static final int MAX_DEPTH = 64;

    private Json() {
    }

    /** A number as written, to be read exactly as an integer. */
    record Numeral(String text) {}

    /** Writes compact JSON. */
    static final class Writer implements TallyWriter {
        private final TallyFormat format;
        private final StringBuilder out = new StringBuilder();
        private final Deque<boolean[]> first = new ArrayDeque<>();

        Writer(TallyFormat format) {
            this.format = format;
            first.push(new boolean[] {true});
        }

        StringBuilder out() {
            return out;
        }

        private void name(String field) {
            boolean[] f = first.peek();
            if (!f[0]) {
                out.append(',');
            }
            f[0] = false;
            if (field != null) {
                quote(out, field);
                out.append(':');
            }
        }

        static void quote(StringBuilder b, String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '\b' -> b.append("\\b");
                    case '\f' -> b.append("\\f");
                    default -> {
                        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }

        @Override
        public void writeCount(String field, long value) {
            if (value < 0) {
                throw new IllegalArgumentException((field == null ? "element" : field) + " must not be negative: " + value);
            }
            name(field);
            out.append(value);
        }

        @Override
        public void writeLong(String field, long value) {
            name(field);
            out.append(value);
        }

        @Override
        public void writeBoolean(String field, boolean value) {
            name(field);
            out.append(value);
        }

        @Override
        public void writeString(String field, String value) {
            TallyFormat.checkText(field, value);
            name(field);
            quote(out, value);
        }

        @Override
        public void writeDecimal(String field, BigDecimal value) {
            TallyFormat.checkDecimal(field, value);
            name(field);
            quote(out, value.toString());
        }

        @Override
        public void writeDuration(String field, Duration value) {
            name(field);
            quote(out, value.toString());
        }

        @Override
        public void writeInstant(String field, Instant value) {
            name(field);
            quote(out, value.toString());
        }

        @Override
        public void writeAscending(String field, long[] values) {
            name(field);
            out.append('[');
            long previous = 0;
            for (int i = 0; i < values.length; i++) {
                long v = values[i];
                if (v < previous) {
                    throw new IllegalArgumentException((field == null ? "element" : field)
                            + " must be ascending and not negative: " + v + " after " + previous);
                }
                previous = v;
                out.append(i == 0 ? "" : ",").append(v);
            }
            out.append(']');
        }

        @Override
        public void beginObject(String field) {
            name(field);
            out.append('{');
            first.push(new boolean[] {true});
        }

        @Override
        public void endObject() {
            first.pop();
            out.append('}');
        }

        @Override
        public void beginArray(String field, int size) {
            name(field);
            out.append('[');
            first.push(new boolean[] {true});
        }

        @Override
        public void endArray() {
            first.pop();
            out.append(']');
        }

        @Override
        public <S extends Tally<S>> void writeTally(String field, S tally) {
            TallyType<S> type = format.typeOf(tally);
            beginObject(field);
            writeString("type", type.tag());
            type.write(tally, this);
            endObject();
        }

        @Override
        public KeyType<?> keyTypeOf(Object key) {
            return format.keyTypeOf(key);
        }
    }

    /** Parses a whole document into maps, lists, strings, numbers, booleans and nulls. */
    static final class Parser {
        private final String s;
        private int pos;

        private Parser(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Parser p = new Parser(text);
            p.space();
            Object v = p.value(0);
            p.space();
            if (p.pos != p.s.length()) {
                throw p.error("unexpected text after the document");
            }
            return v;
        }

        private TallyFormatException error(String problem) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < Math.min(pos, s.length()); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new TallyFormatException("not valid JSON at line " + line + ", column " + col + ": " + problem);
        }

        private void space() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    pos++;
                } else {
                    return;
                }
            }
        }

        private Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nested deeper than " + MAX_DEPTH + " levels");
            }
            if (pos >= s.length()) {
                throw error("the document ends where a value was expected");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || c >= '0' && c <= '9') {
                        return number();
                    }
                    throw error("unexpected character '" + c + "'");
            }
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw error("expected " + word);
            }
            pos += word.length();
            return value;
        }

        private Map<String, Object> object(int depth) {
            pos++;
            Map<String, Object> m = new LinkedHashMap<>();
            space();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return m;
            }
            while (true) {
                space();
                if (pos >= s.length() || s.charAt(pos) != '"') {
                    throw error("expected a member name in quotes");
                }
                String key = string();
                space();
                expect(':');
                space();
                Object v = value(depth + 1);
                if (m.containsKey(key)) {
                    throw error("member \"" + key + "\" appears twice");
                }
                m.put(key, v);
                space();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                expect('}');
                return m;
            }
        }

        private List<Object> array(int depth) {
            pos++;
            List<Object> list = new ArrayList<>();
            space();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                space();
                list.add(value(depth + 1));
                space();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                expect(']');
                return list;
            }
        }

        private void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private String string() {
            pos++;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    String text = b.toString();
                    int bad = TallyFormat.unpairedSurrogate(text);
                    if (bad >= 0) {
                        throw error("a string holds an unpaired surrogate \\u" + Integer.toHexString(text.charAt(bad))
                                + ", which is not text");
                    }
                    return text;
                }
                if (c < 0x20) {
                    throw error("control character in a string");
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"' -> b.append('"');
                    case '\\' -> b.append('\\');
                    case '/' -> b.append('/');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("unterminated \\u escape");
                        }
                        int v = 0;
                        for (int i = 0; i < 4; i++) {
                            int d = Character.digit(s.charAt(pos++), 16);
                            if (d < 0) {
                                throw error("bad \\u escape");
                            }
                            v = v * 16 + d;
                        }
                        b.append((char) v);
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        private Numeral number() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            int digits = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
                pos++;
            }
            if (pos == digits) {
                throw error("a number needs digits");
            }
            if (s.charAt(digits) == '0' && pos - digits > 1) {
                throw error("a number must not have leading zeros");
            }
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                int frac = pos;
                while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                    pos++;
                }
                if (pos == frac) {
                    throw error("a fraction needs digits");
                }
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                int exp = pos;
                while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                    pos++;
                }
                if (pos == exp) {
                    throw error("an exponent needs digits");
                }
            }
            return new Numeral(s.substring(start, pos));
        }
    }

    /** Reads fields of a parsed document by name. */
    static final class Reader implements TallyReader {
        private final TallyFormat format;
        private final int minor;
        private final FieldPath path;
        private final Deque<Object> frames = new ArrayDeque<>();

        /** An object being read, with the members read so far. */
        private record ObjectFrame(Map<String, Object> members, Set<String> read) {}

        /** An array being read, with the next element. */
        private static final class ArrayFrame {
            private final List<Object> elements;
            private int next;

            ArrayFrame(List<Object> elements) {
                this.elements = elements;
            }
        }

        Reader(TallyFormat format, Map<String, Object> root, String rootName, int minor) {
            this.format = format;
            this.minor = minor;
            this.path = new FieldPath(rootName);
            frames.push(new ObjectFrame(root, new HashSet<>()));
        }

        @Override
        public int minor() {
            return minor;
        }

        @Override
        public TallyFormatException error(String field, String problem) {
            return new TallyFormatException(path.of(field) + ": " + problem);
        }

        static String kind(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof Map) {
                return "an object";
            }
            if (v instanceof List) {
                return "an array";
            }
            if (v instanceof String str) {
                return "the string \"" + (str.length() > 40 ? str.substring(0, 40) + "..." : str) + "\"";
            }
            if (v instanceof Numeral n) {
                return "the number " + n.text();
            }
            return v.toString();
        }

        /** The value of a field of the current object, or the next element of the current array. */
        private Object value(String field) {
            Object top = frames.peek();
            if (top instanceof ObjectFrame o) {
                if (field == null) {
                    throw error(null, "an element was expected where the object has fields");
                }
                if (!o.members().containsKey(field)) {
                    throw error(field, "missing");
                }
                o.read().add(field);
                return o.members().get(field);
            }
            ArrayFrame a = (ArrayFrame) top;
            if (a.next >= a.elements.size()) {
                throw error(null, "the array has only " + a.elements.size() + " elements");
            }
            return a.elements.get(a.next);
        }

        private <V> V done(String field, V value) {
            if (frames.peek() instanceof ArrayFrame a && field == null) {
                a.next++;
            }
            path.consumed(field);
            return value;
        }

        private long integer(String field) {
            Object v = value(field);
            if (!(v instanceof Numeral n) || !n.text().matches("-?[0-9]+")) {
                throw error(field, "expected an integer, found " + kind(v));
            }
            try {
                return Long.parseLong(n.text());
            } catch (NumberFormatException e) {
                throw error(field, "integer out of the long range: " + n.text());
            }
        }

        private String text(String field, String expected) {
            Object v = value(field);
            if (!(v instanceof String str)) {
                throw error(field, "expected " + expected + ", found " + kind(v));
            }
            return str;
        }

        @Override
        public long readCount(String field) {
            long v = integer(field);
            if (v < 0) {
                throw error(field, "count must not be negative: " + v);
            }
            return done(field, v);
        }

        @Override
        public long readLong(String field) {
            return done(field, integer(field));
        }

        @Override
        public boolean readBoolean(String field) {
            Object v = value(field);
            if (!(v instanceof Boolean b)) {
                throw error(field, "expected true or false, found " + kind(v));
            }
            return done(field, b);
        }

        @Override
        public String readString(String field) {
            return done(field, text(field, "a string"));
        }

        @Override
        public BigDecimal readDecimal(String field) {
            String t = text(field, "a decimal in a string");
            if (t.length() > 400 || !t.matches("-?[0-9]+(\\.[0-9]+)?(E[+-]?[0-9]+)?")) {
                throw error(field, "expected a decimal such as \"12.50\": \"" + t + "\"");
            }
            BigDecimal d;
            try {
                d = new BigDecimal(t);
            } catch (NumberFormatException e) {
                throw error(field, "expected a decimal such as \"12.50\": \"" + t + "\"");
            }
            if (d.scale() < -TallyFormat.MAX_DECIMAL_SCALE || d.scale() > TallyFormat.MAX_DECIMAL_SCALE) {
                throw error(field, "decimal scale must be within +-" + TallyFormat.MAX_DECIMAL_SCALE + ": \"" + t + "\"");
            }
            if (d.unscaledValue().toByteArray().length > TallyFormat.MAX_DECIMAL_BYTES) {
                throw error(field, "decimal must have at most " + TallyFormat.MAX_DECIMAL_BYTES + " bytes of digits: \""
                        + t + "\"");
            }
            return done(field, d);
        }

        @Override
        public Duration readDuration(String field) {
            String t = text(field, "an ISO-8601 duration in a string");
            try {
                return done(field, Duration.parse(t));
            } catch (DateTimeParseException | ArithmeticException e) {
                throw error(field, "expected an ISO-8601 duration such as \"PT1H30M\": \"" + t + "\"");
            }
        }

        @Override
        public Instant readInstant(String field) {
            String t = text(field, "an ISO-8601 instant in a string");
            try {
                return done(field, Instant.parse(t));
            } catch (DateTimeException e) {
                throw error(field, "expected an ISO-8601 instant such as \"2024-03-01T09:00:00Z\": \"" + t + "\"");
            }
        }

        @Override
        public long[] readAscending(String field) {
            Object v = value(field);
            if (!(v instanceof List<?> list)) {
                throw error(field, "expected an array of integers, found " + kind(v));
            }
            long[] values = new long[list.size()];
            long previous = 0;
            for (int i = 0; i < values.length; i++) {
                Object e = list.get(i);
                String at = (field == null ? "" : field) + "[" + i + "]";
                if (!(e instanceof Numeral n) || !n.text().matches("[0-9]+")) {
                    throw error(at, "expected a non-negative integer, found " + kind(e));
                }
                long x;
                try {
                    x = Long.parseLong(n.text());
                } catch (NumberFormatException ex) {
                    throw error(at, "integer out of the long range: " + n.text());
                }
                if (x < previous) {
                    throw error(at, "values must ascend: " + x + " after " + previous);
                }
                values[i] = x;
                previous = x;
            }
            return done(field, values);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void beginObject(String field) {
            Object v = value(field);
            if (!(v instanceof Map)) {
                throw error(field, "expected an object, found " + kind(v));
            }
            if (field == null && frames.peek() instanceof ArrayFrame a) {
                a.next++;
            }
            path.enter(field, false);
            frames.push(new ObjectFrame((Map<String, Object>) v, new HashSet<>()));
        }

        @Override
        public void endObject() {
            ObjectFrame o = (ObjectFrame) frames.pop();
            if (minor <= TallyFormat.MINOR) {
                for (String key : o.members().keySet()) {
                    if (!o.read().contains(key)) {
                        frames.push(o);
                        throw error(key, "unknown field");
                    }
                }
            }
            path.leave();
        }

        @Override
        @SuppressWarnings("unchecked")
        public int beginArray(String field) {
            Object v = value(field);
            if (!(v instanceof List)) {
                throw error(field, "expected an array, found " + kind(v));
            }
            if (field == null && frames.peek() instanceof ArrayFrame a) {
                a.next++;
            }
            path.enter(field, true);
            frames.push(new ArrayFrame((List<Object>) v));
            return ((List<Object>) v).size();
        }

        @Override
        public void endArray() {
            ArrayFrame a = (ArrayFrame) frames.pop();
            if (a.next != a.elements.size()) {
                frames.push(a);
                throw error(null, (a.elements.size() - a.next) + " elements left unread");
            }
            path.leave();
        }

        @Override
        public <S extends Tally<S>> S readTally(String field, S template) {
            beginObject(field);
            String tag = readString("type");
            TallyType<S> type = format.typeFor(template, tag, this);
            S tally = TallyFormat.validated(() -> type.read(this, template), this);
            endObject();
            return tally;
        }

        @Override
        public KeyType<?> keyType(String tag) {
            return format.keyType(tag, this);
        }
    }
}
