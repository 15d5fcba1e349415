package io.github.supportkpi.wire;

import io.github.supportkpi.metric.Metric;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/** Byte-level helpers for tests of the binary form, written from the layout, not from the encoder. */
final class WireBytes {
    private WireBytes() {
    }

    /**
     * Bytes followed by their CRC-32C, big-endian: a complete binary form from its content.
     *
     * @param content everything before the checksum
     * @return the content and its checksum
     */
    static byte[] sealed(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content, 0, content.length);
        long c = crc.getValue();
        byte[] all = Arrays.copyOf(content, content.length + 4);
        all[content.length] = (byte) (c >>> 24);
        all[content.length + 1] = (byte) (c >>> 16);
        all[content.length + 2] = (byte) (c >>> 8);
        all[content.length + 3] = (byte) c;
        return all;
    }

    /**
     * A binary form with its last four bytes replaced by the checksum of the others: what a change made
     * after the checksum was computed looks like to a reader that cannot tell.
     *
     * @param encoded a binary form, at least four bytes
     * @return the bytes with a matching checksum
     */
    static byte[] resealed(byte[] encoded) {
        return sealed(Arrays.copyOf(encoded, encoded.length - 4));
    }

    /** @return the bytes of a binary form without its checksum */
    static byte[] content(byte[] encoded) {
        return Arrays.copyOf(encoded, encoded.length - 4);
    }

    /** @return the parts, one after the other */
    static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof byte[] b) {
                out.write(b, 0, b.length);
            } else if (p instanceof Integer i) {
                out.write(i);
            } else if (p instanceof String s) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            } else {
                throw new IllegalArgumentException("part must be bytes, a byte or ASCII text: " + p);
            }
        }
        return out.toByteArray();
    }

    /** @return the 8 bytes of a metric's fingerprint, from its 16 hexadecimal digits */
    static byte[] fingerprint(Metric<?, ?> metric) {
        return HexFormat.of().parseHex(MetricIdentity.of(metric).fingerprint());
    }

    /** @return the text as a JSON string, quotes included, escaping control characters (with the short escapes where RFC 8259 has one) and the line and paragraph separators */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\b') {
                b.append("\\b");
            } else if (c == '\f') {
                b.append("\\f");
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** @return the index of the first occurrence of {@code what} in {@code in} at or after {@code from}, or -1 */
    static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
