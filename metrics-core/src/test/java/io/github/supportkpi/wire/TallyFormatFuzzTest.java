package io.github.supportkpi.wire;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.report.Trend;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.wire.WireSamples.Sample;
import io.github.supportkpi.workload.VolumeByChannel;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Random mutations of valid stored tallies: each mutated input is either refused with a
 * {@link TallyFormatException} or read as a valid tally of the metric (not negative, stored again and read
 * back equal, merging with the metric's tallies), within a time limit, allocating no more than a bounded
 * multiple of its size. Never another exception, an error or a hang. The binary form is mutated as it is
 * (the checksum then refuses it) and with its checksum recomputed (the reader itself must then refuse it).
 */
class TallyFormatFuzzTest {
    private static final TallyFormat FORMAT = TallyFormat.standard();
    /** Examples per property; run longer with {@code -Dsupportkpi.fuzz.examples=100000}. */
    private static final int EXAMPLES = Integer.getInteger("supportkpi.fuzz.examples", 1000);
    private static final Duration LIMIT = Duration.ofSeconds(2);
    /** What a read may allocate: a fixed allowance and a multiple of the input's size. */
    private static final long ALLOCATION_ALLOWANCE = 32L << 20;
    private static final long ALLOCATION_PER_INPUT_BYTE = 2_000;

    /** Ticket metrics whose tallies of generated tickets are mutated: durations both ways, ratios, segments, a set, a series. */
    private static final List<Metric<Ticket, ?>> METRICS = List.of(
            FirstResponseTime.defaults(),
            FirstResponseTime.defaults().withSummary(DurationStats.Summary.SKETCH),
            FirstContactResolution.defaults(),
            FirstContactResolution.defaults().by(TicketDimensions.CHANNEL),
            FirstResponseTime.defaults().withSummary(DurationStats.Summary.SKETCH).by(TicketDimensions.PRIORITY),
            VolumeByChannel.defaults().by(TicketDimensions.CATEGORY),
            MetricSet.of(FirstResponseTime.defaults(), FirstContactResolution.defaults(), VolumeByChannel.defaults()),
            Trend.metric(FirstResponseTime.defaults(), RandomRecords.EPOCH, RandomRecords.EPOCH.plus(Duration.ofDays(42)),
                    Granularity.WEEK, ZoneId.of("Europe/Paris")));
    private static final List<Sample<?>> SAMPLES = WireSamples.all();

    /** A stored tally: of generated tickets for one of the metrics, or one of the hand-built samples. */
    private static Gen<Sample<?>> stored() {
        return Sources.tickets().zip(integers().between(0, METRICS.size() + SAMPLES.size() - 1), (tickets, i) ->
                i < METRICS.size() ? over(METRICS.get(i), tickets) : SAMPLES.get(i - METRICS.size()));
    }

    private static <S extends Tally<S>> Sample<S> over(Metric<Ticket, S> m, List<Ticket> tickets) {
        return new Sample<>(m.id() + " " + m.empty().getClass().getSimpleName() + " over " + tickets, m, m.over(tickets));
    }

    @Test
    void should_refuse_or_read_validly_every_mutation_of_the_binary_form() {
        qt().withExamples(EXAMPLES).forAll(stored(), longs().all()).checkAssert(TallyFormatFuzzTest::mutateBytes);
    }

    private static <S extends Tally<S>> void mutateBytes(Sample<S> s, long seed) {
        byte[] bytes = FORMAT.toBytes(s.metric(), s.tally());
        int bodyStart = FORMAT.header(bytes).bodyStart();
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder log = new StringBuilder();
        byte[] asIs = mutate(bytes, bodyStart, random, log);
        checkBytes(s, asIs, seed + " as is: " + log);
        log.setLength(0);
        byte[] resealed = WireBytes.sealed(mutate(WireBytes.content(bytes), bodyStart, random, log));
        checkBytes(s, resealed, seed + " resealed: " + log);
    }

    @Test
    void should_refuse_or_read_validly_every_mutation_of_the_json_form() {
        qt().withExamples(EXAMPLES).forAll(stored(), longs().all()).checkAssert(TallyFormatFuzzTest::mutateJson);
    }

    private static <S extends Tally<S>> void mutateJson(Sample<S> s, long seed) {
        String json = FORMAT.toJson(s.metric(), s.tally());
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder log = new StringBuilder();
        String mutated = mutate(json, random, log);
        check(s, () -> FORMAT.fromJson(s.metric(), mutated), mutated.length() * 2L,
                () -> s + ", seed " + seed + ": " + log + "\n" + mutated);
    }

    private static <S extends Tally<S>> void checkBytes(Sample<S> s, byte[] bytes, String what) {
        check(s, () -> FORMAT.fromBytes(s.metric(), bytes), bytes.length,
                () -> s + ", seed " + what + "\n" + Base64.getEncoder().encodeToString(bytes));
    }

    /**
     * Reads a mutated input under the time limit: a refusal is a {@link TallyFormatException} with a message;
     * anything read must be a valid tally of the metric.
     */
    private static <S extends Tally<S>> void check(Sample<S> s, Supplier<S> read, long inputBytes,
            Supplier<String> description) {
        assertTimeoutPreemptively(LIMIT, () -> {
            long before = allocated();
            S t;
            try {
                t = read.get();
            } catch (TallyFormatException e) {
                assertThat(e.getMessage()).as(description).isNotBlank();
                assertAllocatedAtMost(before, inputBytes, description);
                return;
            } catch (Throwable e) {
                throw new AssertionError(description.get() + "\nthrew " + e, e);
            }
            assertAllocatedAtMost(before, inputBytes, description);
            try {
                valid(s, t);
            } catch (AssertionError e) {
                throw e;
            } catch (Throwable e) {
                throw new AssertionError(description.get() + "\nread " + text(t) + ", which then threw " + e, e);
            }
        }, description);
    }

    private static String text(Object o) {
        try {
            return String.valueOf(o);
        } catch (RuntimeException e) {
            return o.getClass().getSimpleName() + " (whose toString threw " + e + ")";
        }
    }

    private static <S extends Tally<S>> void valid(Sample<S> s, S t) {
        Metric<?, S> m = s.metric();
        assertThat(t.sampleSize()).isNotNegative();
        assertThat(FORMAT.fromBytes(m, FORMAT.toBytes(m, t))).isEqualTo(t);
        assertThat(FORMAT.fromJson(m, FORMAT.toJson(m, t))).isEqualTo(t);
        assertThat(t.plus(m.empty())).isEqualTo(t);
        try {
            S merged = t.plus(s.tally());
            assertThat(merged.sampleSize()).isNotNegative();
            assertThat(merged).isEqualTo(s.tally().plus(t));
        } catch (ArithmeticException e) {
            // counts changed to near Long.MAX_VALUE overflow when merged: refused, not wrapped
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** The runtime's count of bytes the current thread allocated, where it offers one (HotSpot does); else -1. */
    private static final Method ALLOCATED = allocatedBytes();

    private static Method allocatedBytes() {
        try {
            return Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static long allocated() {
        if (ALLOCATED == null) {
            return -1;
        }
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            return (long) ALLOCATED.invoke(bean);
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }

    private static void assertAllocatedAtMost(long before, long inputBytes, Supplier<String> description) {
        long after = allocated();
        if (before < 0 || after < 0) {
            return;
        }
        long used = after - before;
        assertThat(used).as(() -> description.get() + "\nallocated bytes")
                .isLessThanOrEqualTo(ALLOCATION_ALLOWANCE + ALLOCATION_PER_INPUT_BYTE * inputBytes);
    }

    private static final int[] INTERESTING_BYTES = {0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE, 0x3F, 0x40};

    /** One to three mutations of bytes, mostly in the tally (from {@code bodyStart}). */
    static byte[] mutate(byte[] in, int bodyStart, SplittableRandom r, StringBuilder log) {
        byte[] b = in;
        int ops = 1 + r.nextInt(3);
        for (int k = 0; k < ops && b.length > 0; k++) {
            int at = position(b.length, bodyStart, r);
            switch (r.nextInt(9)) {
                case 0 -> {
                    int bit = r.nextInt(8);
                    b = b.clone();
                    b[at] ^= (byte) (1 << bit);
                    log.append("flip bit ").append(bit).append(" at ").append(at).append("; ");
                }
                case 1 -> {
                    b = b.clone();
                    b[at] = (byte) (r.nextBoolean() ? r.nextInt(256) : INTERESTING_BYTES[r.nextInt(INTERESTING_BYTES.length)]);
                    log.append("set ").append(at).append(" to ").append(b[at] & 0xFF).append("; ");
                }
                case 2 -> {
                    b = b.clone();
                    b[at] = r.nextBoolean() ? 0 : (byte) 0xFF;
                    log.append("set ").append(at).append(" to ").append(b[at] & 0xFF).append("; ");
                }
                case 3 -> {
                    b = Arrays.copyOf(b, at);
                    log.append("cut at ").append(at).append("; ");
                }
                case 4 -> {
                    byte[] ins = new byte[1 + r.nextInt(8)];
                    for (int i = 0; i < ins.length; i++) {
                        ins[i] = (byte) (r.nextBoolean() ? r.nextInt(256) : INTERESTING_BYTES[r.nextInt(INTERESTING_BYTES.length)]);
                    }
                    b = splice(b, at, at, ins);
                    log.append("insert ").append(ins.length).append(" at ").append(at).append("; ");
                }
                case 5 -> {
                    int end = Math.min(b.length, at + 1 + r.nextInt(8));
                    b = splice(b, at, end, new byte[0]);
                    log.append("delete ").append(at).append("..").append(end).append("; ");
                }
                case 6 -> {
                    int end = Math.min(b.length, at + 1 + r.nextInt(16));
                    b = splice(b, end, end, Arrays.copyOfRange(b, at, end));
                    log.append("duplicate ").append(at).append("..").append(end).append("; ");
                }
                case 7 -> {
                    int len = 1 + r.nextInt(8);
                    int other = position(b.length, bodyStart, r);
                    int x = Math.min(at, other);
                    int y = Math.max(at, other);
                    if (x + len <= y && y + len <= b.length) {
                        byte[] sw = b.clone();
                        System.arraycopy(b, y, sw, x, len);
                        System.arraycopy(b, x, sw, y, len);
                        b = sw;
                        log.append("swap ").append(x).append(" and ").append(y).append(" x ").append(len).append("; ");
                    }
                }
                default -> {
                    // a varint where a byte was: a count changed to a large one
                    long v = r.nextBoolean() ? r.nextLong() : (1L << r.nextInt(63)) + r.nextInt(3) - 1;
                    b = splice(b, at, Math.min(b.length, at + 1), varint(v));
                    log.append("varint ").append(v).append(" at ").append(at).append("; ");
                }
            }
        }
        return b;
    }

    private static int position(int length, int bodyStart, SplittableRandom r) {
        return bodyStart < length && r.nextInt(4) > 0 ? bodyStart + r.nextInt(length - bodyStart) : r.nextInt(length);
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] with) {
        byte[] out = new byte[b.length - (to - from) + with.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(with, 0, out, from, with.length);
        System.arraycopy(b, to, out, from + with.length, b.length - to);
        return out;
    }

    private static byte[] varint(long v) {
        List<Byte> out = new ArrayList<>();
        while ((v & ~0x7FL) != 0) {
            out.add((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.add((byte) v);
        byte[] b = new byte[out.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = out.get(i);
        }
        return b;
    }

    private static final String PALETTE = "{}[]:,\"\\-+.0123456789eEtrufalsn ux\n";
    private static final String[] NUMERALS = {"-1", "0", "-0", "1", "2147483647", "2147483648", "9223372036854775807",
        "9223372036854775808", "18446744073709551615", "1e3", "1.5", "1E-999999999", "-9223372036854775808"};
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /** One to three mutations of JSON text: characters, slices, numbers and strings. */
    static String mutate(String in, SplittableRandom r, StringBuilder log) {
        String s = in;
        int ops = 1 + r.nextInt(3);
        for (int k = 0; k < ops && !s.isEmpty(); k++) {
            int at = r.nextInt(s.length());
            switch (r.nextInt(8)) {
                case 0 -> {
                    char c = character(r);
                    s = s.substring(0, at) + c + s.substring(at + 1);
                    log.append("set ").append(at).append(" to U+").append(Integer.toHexString(c)).append("; ");
                }
                case 1 -> {
                    char c = character(r);
                    s = s.substring(0, at) + c + s.substring(at);
                    log.append("insert U+").append(Integer.toHexString(c)).append(" at ").append(at).append("; ");
                }
                case 2 -> {
                    int end = Math.min(s.length(), at + 1 + r.nextInt(6));
                    s = s.substring(0, at) + s.substring(end);
                    log.append("delete ").append(at).append("..").append(end).append("; ");
                }
                case 3 -> {
                    s = s.substring(0, at);
                    log.append("cut at ").append(at).append("; ");
                }
                case 4 -> {
                    int end = Math.min(s.length(), at + 1 + r.nextInt(40));
                    s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
                    log.append("duplicate ").append(at).append("..").append(end).append("; ");
                }
                case 5 -> {
                    List<int[]> numbers = matches(NUMBER, s);
                    if (!numbers.isEmpty()) {
                        int[] n = numbers.get(r.nextInt(numbers.size()));
                        String with = NUMERALS[r.nextInt(NUMERALS.length)];
                        s = s.substring(0, n[0]) + with + s.substring(n[1]);
                        log.append("number at ").append(n[0]).append(" to ").append(with).append("; ");
                    }
                }
                case 6 -> {
                    List<int[]> strings = matches(STRING, s);
                    if (strings.size() > 1) {
                        int[] a = strings.get(r.nextInt(strings.size()));
                        int[] b = strings.get(r.nextInt(strings.size()));
                        String with = s.substring(b[0], b[1]);
                        s = s.substring(0, a[0]) + with + s.substring(a[1]);
                        log.append("string at ").append(a[0]).append(" to ").append(with).append("; ");
                    }
                }
                default -> {
                    List<int[]> values = matches(r.nextBoolean() ? NUMBER : STRING, s);
                    if (!values.isEmpty()) {
                        int[] v = values.get(r.nextInt(values.size()));
                        String with = List.of("null", "true", "[]", "{}", "\"\"", "\"x\"", "[1]").get(r.nextInt(7));
                        s = s.substring(0, v[0]) + with + s.substring(v[1]);
                        log.append("value at ").append(v[0]).append(" to ").append(with).append("; ");
                    }
                }
            }
        }
        return s;
    }

    private static char character(SplittableRandom r) {
        return r.nextInt(4) > 0 ? PALETTE.charAt(r.nextInt(PALETTE.length())) : (char) r.nextInt(0x10000);
    }

    private static List<int[]> matches(Pattern p, String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
