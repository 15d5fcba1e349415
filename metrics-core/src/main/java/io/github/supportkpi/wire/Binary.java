package io.github.supportkpi.wire;

import io.github.supportkpi.metric.Tally;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** The binary form: unsigned LEB128 varints, zigzag for signed values, length-prefixed strings and tallies. */
final class Binary {
    private Binary() {
    }

    /** Grows a byte array. */
    static final class Bytes {
        private byte[] buf = new byte[64];
        private int size;

        void write(int b) {
            ensure(1);
            buf[size++] = (byte) b;
        }

        void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, buf, size, len);
            size += len;
        }

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write((int) v);
        }

        void zigzag(long v) {
            varint(v << 1 ^ v >> 63);
        }

        private void ensure(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        int size() {
            return size;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** Writes fields in order; names are not stored. */
    static final class Writer implements TallyWriter {
        private final TallyFormat format;
        private Bytes out = new Bytes();
        private final Deque<Bytes> outer = new ArrayDeque<>();

        Writer(TallyFormat format) {
            this.format = format;
        }

        Bytes bytes() {
            return out;
        }

        @Override
        public void writeCount(String field, long value) {
            if (value < 0) {
                throw new IllegalArgumentException((field == null ? "element" : field) + " must not be negative: " + value);
            }
            out.varint(value);
        }

        @Override
        public void writeLong(String field, long value) {
            out.zigzag(value);
        }

        @Override
        public void writeBoolean(String field, boolean value) {
            out.write(value ? 1 : 0);
        }

        @Override
        public void writeString(String field, String value) {
            byte[] b = TallyFormat.checkText(field, value).getBytes(StandardCharsets.UTF_8);
            out.varint(b.length);
            out.write(b, 0, b.length);
        }

        @Override
        public void writeDecimal(String field, BigDecimal value) {
            out.zigzag(TallyFormat.checkDecimal(field, value).scale());
            byte[] b = value.unscaledValue().toByteArray();
            out.varint(b.length);
            out.write(b, 0, b.length);
        }

        @Override
        public void writeDuration(String field, Duration value) {
            out.zigzag(value.getSeconds());
            out.varint(value.getNano());
        }

        @Override
        public void writeInstant(String field, Instant value) {
            out.zigzag(value.getEpochSecond());
            out.varint(value.getNano());
        }

        @Override
        public void writeAscending(String field, long[] values) {
            out.varint(values.length);
            long previous = 0;
            for (long v : values) {
                if (v < previous) {
                    throw new IllegalArgumentException((field == null ? "element" : field)
                            + " must be ascending and not negative: " + v + " after " + previous);
                }
                out.varint(v - previous);
                previous = v;
            }
        }

        @Override
        public void beginObject(String field) {
        }

        @Override
        public void endObject() {
        }

        @Override
        public void beginArray(String field, int size) {
            out.varint(size);
        }

        @Override
        public void endArray() {
        }

        @Override
        public <S extends Tally<S>> void writeTally(String field, S tally) {
            TallyType<S> type = format.typeOf(tally);
            writeString("type", type.tag());
            outer.push(out);
            out = new Bytes();
            type.write(tally, this);
            Bytes body = out;
            out = outer.pop();
            out.varint(body.size());
            out.write(body.buf, 0, body.size());
        }

        @Override
        public KeyType<?> keyTypeOf(Object key) {
            return format.keyTypeOf(key);
        }
    }

    /** Reads fields in order, each bounded by the bytes of the tally it is in. */
    static final class Reader implements TallyReader {
        private final TallyFormat format;
        private final byte[] in;
        private final int minor;
        private int pos;
        private int limit;
        private final Deque<Integer> limits = new ArrayDeque<>();
        private final FieldPath path = new FieldPath("document");

        Reader(TallyFormat format, byte[] in, int from, int to, int minor) {
            this.format = format;
            this.in = in;
            this.pos = from;
            this.limit = to;
            this.minor = minor;
        }

        int position() {
            return pos;
        }

        @Override
        public int minor() {
            return minor;
        }

        @Override
        public TallyFormatException error(String field, String problem) {
            return new TallyFormatException(path.of(field) + ": " + problem);
        }

        private int u8(String field) {
            if (pos >= limit) {
                throw error(field, "truncated: no bytes left at offset " + pos);
            }
            return in[pos++] & 0xFF;
        }

        long varint(String field) {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = u8(field);
                if (shift == 63 && (b & 0x7E) != 0) {
                    throw error(field, "varint overflows 64 bits at offset " + (pos - 1));
                }
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw error(field, "varint longer than 10 bytes at offset " + pos);
        }

        private long zigzag(String field) {
            long v = varint(field);
            return v >>> 1 ^ -(v & 1);
        }

        private long count(String field) {
            long v = varint(field);
            if (v < 0) {
                throw error(field, "count must not be negative: " + v);
            }
            return v;
        }

        private int length(String field, String what) {
            long n = count(field);
            if (n > limit - pos) {
                throw error(field, what + " " + n + " exceeds the " + (limit - pos) + " bytes left");
            }
            return (int) n;
        }

        private <V> V done(String field, V value) {
            path.consumed(field);
            return value;
        }

        @Override
        public long readCount(String field) {
            return done(field, count(field));
        }

        @Override
        public long readLong(String field) {
            return done(field, zigzag(field));
        }

        @Override
        public boolean readBoolean(String field) {
            int b = u8(field);
            if (b > 1) {
                throw error(field, "boolean must be 0 or 1: " + b);
            }
            return done(field, b == 1);
        }

        @Override
        public String readString(String field) {
            int n = length(field, "string length");
            String s;
            try {
                s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in, pos, n)).toString();
            } catch (CharacterCodingException e) {
                throw error(field, "string is not valid UTF-8 at offset " + pos);
            }
            pos += n;
            return done(field, s);
        }

        @Override
        public BigDecimal readDecimal(String field) {
            long scale = zigzag(field);
            if (scale < -TallyFormat.MAX_DECIMAL_SCALE || scale > TallyFormat.MAX_DECIMAL_SCALE) {
                throw error(field, "decimal scale must be within +-" + TallyFormat.MAX_DECIMAL_SCALE + ": " + scale);
            }
            int n = length(field, "decimal length");
            if (n == 0 || n > TallyFormat.MAX_DECIMAL_BYTES) {
                throw error(field, "decimal must have 1 to " + TallyFormat.MAX_DECIMAL_BYTES + " bytes of digits: " + n);
            }
            BigInteger unscaled = new BigInteger(in, pos, n);
            pos += n;
            return done(field, new BigDecimal(unscaled, (int) scale));
        }

        @Override
        public Duration readDuration(String field) {
            long seconds = zigzag(field);
            long nanos = count(field);
            if (nanos > 999_999_999L) {
                throw error(field, "duration nanoseconds must be below 1,000,000,000: " + nanos);
            }
            return done(field, Duration.ofSeconds(seconds, nanos));
        }

        @Override
        public Instant readInstant(String field) {
            long seconds = zigzag(field);
            long nanos = count(field);
            if (nanos > 999_999_999L) {
                throw error(field, "instant nanoseconds must be below 1,000,000,000: " + nanos);
            }
            try {
                return done(field, Instant.ofEpochSecond(seconds, nanos));
            } catch (DateTimeException e) {
                throw error(field, "instant out of range: " + seconds + " s");
            }
        }

        @Override
        public long[] readAscending(String field) {
            int n = length(field, "value count");
            long[] values = new long[n];
            long v = 0;
            for (int i = 0; i < n; i++) {
                long delta = count(field);
                v += delta;
                if (v < 0) {
                    throw error(field, "value " + i + " overflows a long");
                }
                values[i] = v;
            }
            return done(field, values);
        }

        @Override
        public void beginObject(String field) {
            path.enter(field, false);
        }

        @Override
        public void endObject() {
            path.leave();
        }

        @Override
        public int beginArray(String field) {
            int n = length(field, "array size");
            path.enter(field, true);
            return n;
        }

        @Override
        public void endArray() {
            path.leave();
        }

        @Override
        public <S extends Tally<S>> S readTally(String field, S template) {
            path.enter(field, false);
            try {
                String tag = readString("type");
                TallyType<S> type = format.typeFor(template, tag, this);
                int n = length(null, "tally length");
                int end = pos + n;
                limits.push(limit);
                limit = end;
                S tally = TallyFormat.validated(() -> type.read(this, template), this);
                if (pos != end) {
                    if (minor <= TallyFormat.MINOR) {
                        throw error(null, (end - pos) + " bytes left unread in the " + tag + " tally");
                    }
                    pos = end;
                }
                limit = limits.pop();
                return tally;
            } finally {
                path.leave();
            }
        }

        @Override
        public KeyType<?> keyType(String tag) {
            return format.keyType(tag, this);
        }
    }
}
