package io.github.supportkpi.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded ticket export of a chosen size, in the layout of the bundled {@code supportkpi-tickets} mapping
 * (the columns of the CLI's sample export): {@code Ticket ID, Created, Status, Priority, Channel, Category,
 * Agent, First Response, Resolved, CSAT, Plan}, local times {@code yyyy-MM-dd HH:mm}, LF line ends. The same
 * seed and size give the same bytes on any machine.
 *
 * <ul>
 *   <li>Created at a whole minute of 2026, on e-mail (35%), chat (25%), phone (15%), web form (15%) or social
 *       media (10%), with a priority, one of 8 categories, 50 agents and 3 plans.</li>
 *   <li>90% have a first response: 1 minute to 1 hour after creation on chat and phone, 1 minute to 2 days
 *       on the others (uniform, whole minutes).</li>
 *   <li>Solved 60%, Closed 15%, Open 10%, Waiting on customer 5%, Escalated 5%, In Progress 5%; a solved or
 *       closed ticket has a resolution 0 to 3 days after its first response (or its creation), and a third of
 *       them a CSAT score 1-5; a fifth of the other rows say {@code N/A} for CSAT.</li>
 * </ul>
 * No local time falls in the spring-forward gap of daylight saving time in Europe/Berlin, the mapping's zone
 * (a clock never shows those minutes), nor in the hour repeated when it ends (ambiguous), so every row is
 * readable by the mapping, a read keeps every row, and every local time is one instant. Rows are some 100 bytes; the writer formats
 * into a byte buffer from tables of day and minute texts, with no per-row string formatting.
 */
final class TicketExport {
    /** The header, as the bundled mapping reads it. */
    static final String HEADER =
            "Ticket ID,Created,Status,Priority,Channel,Category,Agent,First Response,Resolved,CSAT,Plan\n";
    /** The statuses a read counts as resolved. */
    static final String[] RESOLVED_STATUSES = {"Solved", "Closed"};

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final int DAYS = 365;
    /** Days of text: the creations' year and the responses and resolutions that come after it. */
    private static final int DAY_TEXTS = DAYS + 8;
    private static final int DAY_MINUTES = 24 * 60;
    private static final byte[][] DAY = dayTexts();
    private static final byte[][] MINUTE = minuteTexts();
    private static final byte[][] CHANNELS = bytes("E-mail", "Chat", "Phone", "Web Form", "Social media");
    private static final int[] CHANNEL_PERCENT = {35, 25, 15, 15, 10};
    private static final byte[][] PRIORITIES = bytes("Low", "Normal", "High", "Urgent");
    private static final int[] PRIORITY_PERCENT = {30, 40, 20, 10};
    private static final byte[][] STATUSES = bytes("Solved", "Closed", "Open", "Waiting on customer", "Escalated",
            "In Progress");
    private static final int[] STATUS_PERCENT = {60, 15, 10, 5, 5, 5};
    private static final byte[][] CATEGORIES = bytes("Billing", "Login", "Bug", "How-to", "Shipping", "Refund",
            "Account", "Feature request");
    private static final byte[][] AGENTS = agents(50);
    private static final byte[][] PLANS = bytes("free", "pro", "enterprise");
    private static final byte[] NA = bytes("N/A")[0];
    /** The local minutes a clock in the mapping's zone shows never or twice: see {@link #skipped()}. */
    private static final int[] SKIPPED = skipped();
    private static final int BUFFER = 1 << 20;
    /** The longest row, with room to spare: the buffer is written out before it holds less than this. */
    private static final int ROW_MAX = 256;

    private TicketExport() {}

    private static byte[][] bytes(String... texts) {
        byte[][] b = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            b[i] = texts[i].getBytes(StandardCharsets.US_ASCII);
        }
        return b;
    }

    /**
     * The local minutes a clock in the zone shows never (the spring-forward gap) or twice (the hour repeated
     * when daylight saving time ends, ambiguous in a local-time export), as pairs of the first minute after
     * the start and the number of minutes.
     */
    private static int[] skipped() {
        ZoneRules rules = ZoneId.of(DuckDbCsvReport.ZONE).getRules();
        List<Integer> out = new ArrayList<>();
        LocalDateTime start = START.atStartOfDay();
        ZoneOffsetTransition t = rules.nextTransition(start.toInstant(ZoneOffset.UTC).minus(Duration.ofDays(1)));
        while (t != null && t.getDateTimeBefore().isBefore(start.plusDays(DAY_TEXTS))) {
            LocalDateTime from = t.isGap() ? t.getDateTimeBefore() : t.getDateTimeAfter();
            out.add((int) Duration.between(start, from).toMinutes());
            out.add((int) t.getDuration().abs().toMinutes());
            t = rules.nextTransition(t.getInstant());
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A local time moved past the minutes a clock shows never or twice, as a help desk's clock would log it. */
    private static int shown(int minutes) {
        int m = minutes;
        for (int i = 0; i < SKIPPED.length; i += 2) {
            if (m >= SKIPPED[i] && m < SKIPPED[i] + SKIPPED[i + 1]) {
                m += SKIPPED[i + 1];
            }
        }
        return m;
    }

    private static byte[][] dayTexts() {
        byte[][] b = new byte[DAY_TEXTS][];
        for (int d = 0; d < DAY_TEXTS; d++) {
            b[d] = (START.plusDays(d) + " ").getBytes(StandardCharsets.US_ASCII);
        }
        return b;
    }

    private static byte[][] minuteTexts() {
        byte[][] b = new byte[DAY_MINUTES][];
        for (int m = 0; m < DAY_MINUTES; m++) {
            b[m] = String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60).getBytes(StandardCharsets.US_ASCII);
        }
        return b;
    }

    private static byte[][] agents(int n) {
        byte[][] b = new byte[n][];
        for (int i = 0; i < n; i++) {
            b[i] = String.format(Locale.ROOT, "agent-%02d", i).getBytes(StandardCharsets.US_ASCII);
        }
        return b;
    }

    /**
     * Writes an export of at least {@code bytes} bytes: rows are written until the file reaches that size.
     *
     * @param file the file, replaced if it exists
     * @param bytes the size to reach, positive
     * @param seed the seed
     * @return the number of data rows written
     * @throws IOException if writing fails
     */
    static long write(Path file, long bytes, long seed) throws IOException {
        if (bytes <= 0) {
            throw new IllegalArgumentException("bytes must be positive: " + bytes);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            return write(out, bytes, seed);
        }
    }

    /**
     * Writes an export of at least {@code bytes} bytes to a stream, which is left open.
     *
     * @param out where the bytes go
     * @param bytes the size to reach, positive
     * @param seed the seed
     * @return the number of data rows written
     * @throws IOException if writing fails
     */
    static long write(OutputStream out, long bytes, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Buffer b = new Buffer(out);
        b.put(HEADER.getBytes(StandardCharsets.US_ASCII));
        long rows = 0;
        while (b.written + b.pos < bytes) {
            rows++;
            row(b, rows, random);
            if (b.pos > BUFFER - ROW_MAX) {
                b.flush();
            }
        }
        b.flush();
        return rows;
    }

    private static void row(Buffer b, long id, SplittableRandom random) {
        int created = shown(random.nextInt(DAYS * DAY_MINUTES));
        int channel = pick(CHANNEL_PERCENT, random);
        boolean fast = channel == 1 || channel == 2;
        int reply = random.nextInt(10) < 9 ? shown(created + 1 + random.nextInt(fast ? 60 : 2 * DAY_MINUTES)) : -1;
        int status = pick(STATUS_PERCENT, random);
        boolean resolved = status < 2;
        int resolution = resolved ? shown((reply >= 0 ? reply : created) + random.nextInt(3 * DAY_MINUTES)) : -1;
        b.put((byte) 'T').put((byte) '-').number(id).comma();
        b.at(created).comma();
        b.put(STATUSES[status]).comma();
        b.put(PRIORITIES[pick(PRIORITY_PERCENT, random)]).comma();
        b.put(CHANNELS[channel]).comma();
        b.put(CATEGORIES[random.nextInt(CATEGORIES.length)]).comma();
        b.put(AGENTS[random.nextInt(AGENTS.length)]).comma();
        if (reply >= 0) {
            b.at(reply);
        }
        b.comma();
        if (resolved) {
            b.at(resolution);
        }
        b.comma();
        if (resolved && random.nextInt(3) == 0) {
            b.put((byte) ('1' + random.nextInt(5)));
        } else if (!resolved && random.nextInt(5) == 0) {
            b.put(NA);
        }
        b.comma();
        b.put(PLANS[random.nextInt(PLANS.length)]).put((byte) '\n');
    }

    /** An index drawn with the given percentages, which add up to 100. */
    private static int pick(int[] percent, SplittableRandom random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < percent.length - 1; i++) {
            roll -= percent[i];
            if (roll < 0) {
                return i;
            }
        }
        return percent.length - 1;
    }

    /** The bytes of the rows being written, and how many went out before them. */
    private static final class Buffer {
        final OutputStream out;
        final byte[] bytes = new byte[BUFFER];
        final byte[] digits = new byte[20];
        int pos;
        long written;

        Buffer(OutputStream out) {
            this.out = out;
        }

        Buffer put(byte b) {
            bytes[pos++] = b;
            return this;
        }

        Buffer put(byte[] b) {
            System.arraycopy(b, 0, bytes, pos, b.length);
            pos += b.length;
            return this;
        }

        Buffer comma() {
            return put((byte) ',');
        }

        /** A local time, minutes after the start. */
        Buffer at(int minutes) {
            return put(DAY[minutes / DAY_MINUTES]).put(MINUTE[minutes % DAY_MINUTES]);
        }

        Buffer number(long n) {
            int i = digits.length;
            do {
                digits[--i] = (byte) ('0' + n % 10);
                n /= 10;
            } while (n > 0);
            System.arraycopy(digits, i, bytes, pos, digits.length - i);
            pos += digits.length - i;
            return this;
        }

        void flush() throws IOException {
            out.write(bytes, 0, pos);
            written += pos;
            pos = 0;
        }
    }
}
