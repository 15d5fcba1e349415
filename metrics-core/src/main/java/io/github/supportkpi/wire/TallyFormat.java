package io.github.supportkpi.wire;

import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Tally;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * The stored form of tallies: a compact binary form and a readable JSON form of the same fields, each with
 * the format's version and the identity of the metric ({@link MetricIdentity}: its id and a fingerprint of
 * its definition). Immutable and thread-safe.
 *
 * <p>The guarantees, which {@code WIRE-FORMAT.md} at the root of the project specifies byte by byte:
 * <ul>
 *   <li><b>Exact round trip</b>: {@code fromBytes(m, toBytes(m, t)).equals(t)} and the same for JSON, for
 *       every tally of the library: counts, ratios, means, durations in both summary modes, NPS, frequencies,
 *       SLA, business tallies, segmented tallies, bucket series and the tallies of a metric set.</li>
 *   <li><b>Identity travels with the data</b>: a tally is read back only by a metric of the same id and
 *       definition; another is refused with a message naming both. Tallies read back so merge only with
 *       tallies of their own definition, on whichever machine they were made.</li>
 *   <li><b>Versioned</b>: this library writes version {@value #MAJOR}.{@value #MINOR} and reads every
 *       version of major {@value #MAJOR}; a newer major version is refused with a message saying so. A newer
 *       minor version only adds fields, which are skipped.</li>
 *   <li><b>Corrupt data is refused, never guessed</b>: the binary form ends with a CRC-32C of the bytes
 *       before it; bytes cut short, a wrong version, a JSON field missing or of the wrong type, or any value
 *       its tally's validation refuses give a {@link TallyFormatException} naming the field. No length read
 *       is trusted beyond the bytes present, so nothing allocates more than the input's size.</li>
 * </ul>
 *
 * <pre>{@code
 * TallyFormat format = TallyFormat.standard();
 * Metric<Ticket, DurationStats> frt = FirstResponseTime.of(ResponseDefinition.DEFAULT);
 * byte[] stored = format.toBytes(frt, frt.over(yesterday));
 * DurationStats month = format.fromBytes(frt, stored).plus(format.fromBytes(frt, storedToday));
 * }</pre>
 */
public final class TallyFormat {
    /** The major version written: a reader refuses a newer major version. */
    public static final int MAJOR = 1;
    /** The minor version written: newer minor versions add fields only. */
    public static final int MINOR = 1;
    /** The name of the JSON form, in its {@code format} member. */
    public static final String JSON_FORMAT = "supportkpi-tally";
    /**
     * The largest scale of a stored decimal, either way: {@code 1E-1000} and {@code 1E+1000} are stored, not
     * beyond. No amount of money needs more, and adding decimals of scales far apart (1 and {@code 1E-999999999})
     * would compute a number of as many digits.
     */
    public static final int MAX_DECIMAL_SCALE = 1000;

    /** The most bytes of a stored decimal's unscaled value (some 150 digits). */
    public static final int MAX_DECIMAL_BYTES = 64;

    private static final byte[] MAGIC = {'S', 'K', 'P', 'T'};
    private static final int FINGERPRINT_BYTES = 8;
    private static final TallyFormat STANDARD = new TallyFormat(StandardTypes.all(), StandardKeys.all());

    private final Map<String, TallyType<?>> typesByTag = new LinkedHashMap<>();
    private final Map<Class<?>, TallyType<?>> typesByClass = new LinkedHashMap<>();
    private final Map<String, KeyType<?>> keysByTag = new LinkedHashMap<>();
    private final Map<Class<?>, KeyType<?>> keysByClass = new LinkedHashMap<>();

    private TallyFormat(List<TallyType<?>> types, List<KeyType<?>> keys) {
        for (TallyType<?> t : types) {
            add(t);
        }
        for (KeyType<?> k : keys) {
            add(k);
        }
    }

    private void add(TallyType<?> t) {
        String tag = TallyType.checkTag(t.tag());
        Class<?> type = Objects.requireNonNull(t.type(), "type");
        if (typesByTag.containsKey(tag) || typesByClass.containsKey(type)) {
            throw new IllegalArgumentException("tally type already registered: " + tag + " for " + type.getName());
        }
        typesByTag.put(tag, t);
        typesByClass.put(type, t);
    }

    private void add(KeyType<?> k) {
        String tag = TallyType.checkTag(k.tag());
        Class<?> type = Objects.requireNonNull(k.type(), "type");
        if (tag.equals("none") || keysByTag.containsKey(tag) || keysByClass.containsKey(type)) {
            throw new IllegalArgumentException("key type already registered: " + tag + " for " + type.getName());
        }
        keysByTag.put(tag, k);
        keysByClass.put(type, k);
    }

    /**
     * The format with the library's tally and key types.
     *
     * @return the standard format
     */
    public static TallyFormat standard() {
        return STANDARD;
    }

    /**
     * This format with a tally type of your own.
     *
     * @param type the type
     * @return a format that also stores that type
     * @throws IllegalArgumentException if its tag or class is already registered
     */
    public TallyFormat with(TallyType<?> type) {
        Objects.requireNonNull(type, "type");
        TallyFormat f = copy();
        f.add(type);
        return f;
    }

    /**
     * This format with a key type of your own, for segments or frequencies of such keys.
     *
     * @param type the key type
     * @return a format that also stores those keys
     * @throws IllegalArgumentException if its tag or class is already registered
     */
    public TallyFormat with(KeyType<?> type) {
        Objects.requireNonNull(type, "type");
        TallyFormat f = copy();
        f.add(type);
        return f;
    }

    private TallyFormat copy() {
        return new TallyFormat(List.copyOf(typesByTag.values()), List.copyOf(keysByTag.values()));
    }

    /**
     * The tags of the tally types this format stores, for documentation and tests.
     *
     * @return the tags in registration order
     */
    public List<String> tallyTags() {
        return List.copyOf(typesByTag.keySet());
    }

    /**
     * Whether this format stores tallies of a class.
     *
     * @param type a tally class
     * @return true if a registered type stores it
     */
    public boolean stores(Class<?> type) {
        return typesByClass.containsKey(type);
    }

    /**
     * The binary form of a metric's tally.
     *
     * @param metric the metric the tally was made by
     * @param tally the tally
     * @param <S> the tally type
     * @return the bytes
     * @throws IllegalArgumentException if the tally is not one of the metric's (another type, dimension or
     *     metric set), or no registered type stores it
     * @throws IllegalStateException if the metric has no stable definition, saying which part has no name
     */
    public <S extends Tally<S>> byte[] toBytes(Metric<?, S> metric, S tally) {
        MetricIdentity identity = checkOwn(metric, tally);
        Binary.Writer w = new Binary.Writer(this);
        Binary.Bytes out = w.bytes();
        out.write(MAGIC, 0, MAGIC.length);
        out.write(MAJOR);
        out.write(MINOR);
        w.writeString("metric", identity.id());
        byte[] fp = identity.fingerprintBytes();
        out.write(fp, 0, fp.length);
        w.writeTally(null, tally);
        CRC32C crc = new CRC32C();
        byte[] body = out.toArray();
        crc.update(body, 0, body.length);
        long c = crc.getValue();
        byte[] all = Arrays.copyOf(body, body.length + 4);
        for (int i = 0; i < 4; i++) {
            all[body.length + i] = (byte) (c >>> (24 - 8 * i));
        }
        return all;
    }

    /**
     * The JSON form of a metric's tally: one line, members {@code format}, {@code version}, {@code metric},
     * {@code fingerprint}, {@code definition} and {@code tally}.
     *
     * @param metric the metric the tally was made by
     * @param tally the tally
     * @param <S> the tally type
     * @return the JSON text
     * @throws IllegalArgumentException if the tally is not one of the metric's, or no registered type stores it
     * @throws IllegalStateException if the metric has no stable definition, saying which part has no name
     */
    public <S extends Tally<S>> String toJson(Metric<?, S> metric, S tally) {
        MetricIdentity identity = checkOwn(metric, tally);
        Json.Writer w = new Json.Writer(this);
        w.beginObject(null);
        w.writeString("format", JSON_FORMAT);
        w.writeString("version", MAJOR + "." + MINOR);
        w.writeString("metric", identity.id());
        w.writeString("fingerprint", identity.fingerprint());
        w.writeString("definition", identity.definition());
        w.writeTally("tally", tally);
        w.endObject();
        return w.out().toString();
    }

    private static <S extends Tally<S>> MetricIdentity checkOwn(Metric<?, S> metric, S tally) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(tally, "tally");
        MetricIdentity identity = MetricIdentity.of(metric);
        S empty = metric.empty();
        if (empty.getClass() != tally.getClass()) {
            throw new IllegalArgumentException("tally must be of the type of " + metric.id() + "'s tallies, "
                    + empty.getClass().getSimpleName() + ": " + tally.getClass().getSimpleName());
        }
        try {
            empty.plus(tally);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tally must be one of " + metric.id() + "'s: " + e.getMessage(), e);
        }
        return identity;
    }

    /**
     * Reads a tally of a metric back from its binary form.
     *
     * @param metric the metric it must belong to
     * @param bytes the binary form
     * @param <S> the tally type
     * @return the tally, equal to the one written
     * @throws TallyFormatException if the bytes are cut short or changed, of a newer major version, of
     *     another metric or definition, or hold an invalid value, saying which
     */
    public <S extends Tally<S>> S fromBytes(Metric<?, S> metric, byte[] bytes) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(bytes, "bytes");
        Header h = header(bytes);
        MetricIdentity identity = MetricIdentity.of(metric);
        checkIdentity(identity, h);
        Binary.Reader r = new Binary.Reader(this, bytes, h.bodyStart, bytes.length - 4, h.minor());
        S tally = r.readTally("tally", metric.empty());
        if (r.position() != bytes.length - 4 && h.minor() <= MINOR) {
            throw new TallyFormatException((bytes.length - 4 - r.position()) + " bytes left unread after the tally");
        }
        return checkMerges(metric, tally);
    }

    /**
     * Reads a tally of a metric back from its JSON form.
     *
     * @param metric the metric it must belong to
     * @param json the JSON form
     * @param <S> the tally type
     * @return the tally, equal to the one written
     * @throws TallyFormatException if the text is not JSON of this format, of a newer major version, of another
     *     metric or definition, has a field missing or of the wrong type, or holds an invalid value, saying which
     */
    public <S extends Tally<S>> S fromJson(Metric<?, S> metric, String json) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(json, "json");
        Map<String, Object> root = jsonRoot(json);
        Header h = header(root);
        checkIdentity(MetricIdentity.of(metric), h);
        Json.Reader r = new Json.Reader(this, root, "document", h.minor());
        r.readString("format");
        r.readString("version");
        r.readString("metric");
        r.readString("fingerprint");
        if (root.containsKey("definition") || h.minor() <= MINOR) {
            r.readString("definition");
        }
        S tally = r.readTally("tally", metric.empty());
        if (h.minor() <= MINOR) {
            for (String key : root.keySet()) {
                if (!List.of("format", "version", "metric", "fingerprint", "definition", "tally").contains(key)) {
                    throw new TallyFormatException("document." + key + ": unknown field");
                }
            }
        }
        return checkMerges(metric, tally);
    }

    private static <S extends Tally<S>> S checkMerges(Metric<?, S> metric, S tally) {
        try {
            metric.empty().plus(tally);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new TallyFormatException("the stored tally does not merge with " + metric.id() + "'s: "
                    + e.getMessage(), e);
        }
        return tally;
    }

    private static void checkIdentity(MetricIdentity identity, Header h) {
        if (!identity.id().equals(h.metric()) || !identity.fingerprint().equals(h.fingerprint())) {
            String stored = h.metric() + " [" + h.fingerprint() + "]"
                    + h.definition().map(d -> " (" + d + ")").orElse("");
            String wanted = identity + " (" + identity.definition() + ")";
            throw new TallyFormatException("stored tally is of " + stored + ", not of " + wanted
                    + (identity.id().equals(h.metric()) ? ": the definitions differ, and tallies of different definitions"
                            + " do not merge" : ""));
        }
    }

    /**
     * What a stored tally says of itself, read from the start of its binary form after checking its
     * checksum: the version, the metric's id and fingerprint, and the tally's type.
     *
     * @param bytes the binary form
     * @return the header
     * @throws TallyFormatException if the bytes are not a stored tally, are of a newer major version, or were
     *     cut short or changed
     */
    public Header header(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < MAGIC.length + 2 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new TallyFormatException("not a stored supportkpi tally: the binary form starts with \"SKPT\", these "
                    + bytes.length + " bytes start with 0x" + HexFormat.of().formatHex(bytes, 0,
                            Math.min(bytes.length, MAGIC.length)));
        }
        int major = bytes[4] & 0xFF;
        int minor = bytes[5] & 0xFF;
        checkVersion(major, minor);
        if (bytes.length < MAGIC.length + 2 + 4) {
            throw new TallyFormatException("truncated: " + bytes.length + " bytes end before the checksum");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        long stored = 0;
        for (int i = bytes.length - 4; i < bytes.length; i++) {
            stored = stored << 8 | (bytes[i] & 0xFF);
        }
        if (stored != crc.getValue()) {
            throw new TallyFormatException("checksum mismatch: the " + bytes.length + " bytes were cut short or changed"
                    + " (stored CRC-32C " + Long.toHexString(stored) + ", computed " + Long.toHexString(crc.getValue())
                    + ")");
        }
        Binary.Reader r = new Binary.Reader(this, bytes, MAGIC.length + 2, bytes.length - 4, minor);
        String metric = r.readString("metric");
        int at = r.position();
        if (at + FINGERPRINT_BYTES > bytes.length - 4) {
            throw new TallyFormatException("truncated: the bytes end inside the fingerprint");
        }
        String fingerprint = HexFormat.of().formatHex(bytes, at, at + FINGERPRINT_BYTES);
        Binary.Reader t = new Binary.Reader(this, bytes, at + FINGERPRINT_BYTES, bytes.length - 4, minor);
        t.beginObject("tally");
        String type = t.readString("type");
        return new Header(major, minor, metric, fingerprint, type, Optional.empty(), at + FINGERPRINT_BYTES);
    }

    /**
     * What a stored tally says of itself, read from its JSON form.
     *
     * @param json the JSON form
     * @return the header, with the definition as stored
     * @throws TallyFormatException if the text is not JSON of this format or is of a newer major version
     */
    public Header header(String json) {
        Objects.requireNonNull(json, "json");
        return header(jsonRoot(json));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonRoot(String json) {
        Object root = Json.Parser.parse(json);
        if (!(root instanceof Map)) {
            throw new TallyFormatException("document: expected a JSON object with the member \"format\": \""
                    + JSON_FORMAT + "\"");
        }
        return (Map<String, Object>) root;
    }

    private Header header(Map<String, Object> root) {
        if (!JSON_FORMAT.equals(root.get("format"))) {
            throw new TallyFormatException("document.format: must be \"" + JSON_FORMAT + "\": " + describe(root.get("format")));
        }
        Object v = root.get("version");
        if (!(v instanceof String version) || !version.matches("[0-9]{1,3}\\.[0-9]{1,3}")) {
            throw new TallyFormatException("document.version: must be a string such as \"1.0\": " + describe(v));
        }
        int dot = version.indexOf('.');
        int major = Integer.parseInt(version.substring(0, dot));
        int minor = Integer.parseInt(version.substring(dot + 1));
        checkVersion(major, minor);
        Json.Reader r = new Json.Reader(this, root, "document", minor);
        String metric = r.readString("metric");
        String fingerprint = r.readString("fingerprint");
        Optional<String> definition = root.containsKey("definition") ? Optional.of(r.readString("definition"))
                : Optional.empty();
        r.beginObject("tally");
        String type = r.readString("type");
        return new Header(major, minor, metric, fingerprint, type, definition, -1);
    }

    private static String describe(Object v) {
        return v == null ? "missing" : Json.Reader.kind(v);
    }

    private static void checkVersion(int major, int minor) {
        if (major > MAJOR) {
            throw new TallyFormatException("written in format version " + major + "." + minor + "; this library reads "
                    + "versions " + MAJOR + ".x: read it with a newer supportkpi");
        }
        if (major < 1) {
            throw new TallyFormatException("unknown format version " + major + "." + minor + ": versions start at 1.0");
        }
    }

    /**
     * What a stored tally says of itself.
     *
     * @param major the major version it was written in
     * @param minor the minor version it was written in
     * @param metric the id of its metric
     * @param fingerprint the fingerprint of its metric's definition ({@link MetricIdentity#fingerprint()})
     * @param type the tag of its tally type, such as {@code ratio}
     * @param definition the definition's text, which the JSON form stores and the binary form does not
     * @param bodyStart where the binary tally starts, or -1
     */
    public record Header(int major, int minor, String metric, String fingerprint, String type,
            Optional<String> definition, int bodyStart) {
        /**
         * Validates the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Header {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(definition, "definition");
        }
    }

    @SuppressWarnings("unchecked")
    <S extends Tally<S>> TallyType<S> typeOf(S tally) {
        TallyType<?> t = typesByClass.get(tally.getClass());
        if (t == null) {
            throw new IllegalArgumentException("no tally type stores " + tally.getClass().getName()
                    + ": add one with TallyFormat.with(TallyType)");
        }
        return (TallyType<S>) t;
    }

    @SuppressWarnings("unchecked")
    <S extends Tally<S>> TallyType<S> typeFor(S template, String tag, TallyReader in) {
        TallyType<?> t = typesByTag.get(tag);
        if (t == null) {
            throw in.error("type", "unknown tally type \"" + tag + "\"");
        }
        if (t.type() != template.getClass()) {
            TallyType<?> expected = typesByClass.get(template.getClass());
            throw in.error("type", "must be \"" + (expected == null ? template.getClass().getSimpleName() : expected.tag())
                    + "\", the metric's tally type: \"" + tag + "\"");
        }
        return (TallyType<S>) t;
    }

    KeyType<?> keyTypeOf(Object key) {
        Class<?> c = key instanceof Enum<?> e ? e.getDeclaringClass() : key.getClass();
        KeyType<?> k = keysByClass.get(c);
        if (k == null) {
            throw new IllegalArgumentException("no key type stores keys of " + c.getName()
                    + ": add one with TallyFormat.with(KeyType)");
        }
        return k;
    }

    KeyType<?> keyType(String tag, TallyReader in) {
        KeyType<?> k = keysByTag.get(tag);
        if (k == null) {
            throw in.error("keyType", "unknown key type \"" + tag + "\"");
        }
        return k;
    }

    /**
     * Runs a type's read, turning a tally's own refusal into an error naming where it was read, and refusing a
     * tally whose sample size does not fit a long (its counts each do, their sum does not).
     */
    static <S extends Tally<S>> S validated(Supplier<S> read, TallyReader in) {
        try {
            S tally = read.get();
            long n;
            try {
                n = tally.sampleSize();
            } catch (ArithmeticException e) {
                throw in.error(null, "not a valid tally: its sample size exceeds " + Long.MAX_VALUE + " ("
                        + e.getMessage() + ")");
            }
            if (n < 0) {
                throw in.error(null, "not a valid tally: its sample size exceeds " + Long.MAX_VALUE + " (" + n + ")");
            }
            return tally;
        } catch (TallyFormatException e) {
            throw e;
        } catch (IllegalArgumentException | ArithmeticException | NullPointerException | IllegalStateException
                | DateTimeException e) {
            throw in.error(null, "not a valid tally: " + e.getMessage());
        }
    }

    /** The index of the first unpaired surrogate in a string, or -1 when it is all text. */
    static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Checks a string written: text, without an unpaired surrogate. */
    static String checkText(String field, String value) {
        int bad = unpairedSurrogate(value);
        if (bad >= 0) {
            throw new IllegalArgumentException((field == null ? "element" : field) + " must be text, without an unpaired"
                    + " surrogate: \\u" + Integer.toHexString(value.charAt(bad)) + " at index " + bad);
        }
        return value;
    }

    /** Checks a decimal written: its scale within {@link #MAX_DECIMAL_SCALE}. */
    static BigDecimal checkDecimal(String field, BigDecimal value) {
        if (value.scale() < -MAX_DECIMAL_SCALE || value.scale() > MAX_DECIMAL_SCALE) {
            throw new IllegalArgumentException((field == null ? "element" : field) + " must have a scale within +-"
                    + MAX_DECIMAL_SCALE + ": " + value);
        }
        if (value.unscaledValue().toByteArray().length > MAX_DECIMAL_BYTES) {
            throw new IllegalArgumentException((field == null ? "element" : field) + " must have at most "
                    + MAX_DECIMAL_BYTES + " bytes of digits: " + value);
        }
        return value;
    }
}
