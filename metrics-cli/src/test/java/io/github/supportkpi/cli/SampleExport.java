package io.github.supportkpi.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The generated sample export shipped as {@code samples/tickets.csv}: six weeks of a small help desk,
 * seeded, in the layout of the bundled {@code supportkpi-tickets} mapping, with the kinds of mess real
 * exports have (a day-first date, an unknown status, a response logged before creation, "N/A" for blanks).
 * {@code SampleExportTest} checks the shipped file is this generator's output; run {@link #main} to
 * write it again.
 */
public final class SampleExport {
    static final Path FILE = Path.of("samples", "tickets.csv");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", Locale.ROOT);
    private static final List<String> CHANNELS = List.of("E-mail", "Chat", "Phone", "Web Form", "Social media");
    private static final List<String> PRIORITIES = List.of("Low", "Normal", "High", "Urgent");
    private static final List<String> CATEGORIES = List.of("Billing", "Login", "Bug", "How-to", "Shipping");
    private static final List<String> AGENTS = List.of("ana", "ben", "chen", "dara", "eli");
    private static final List<String> PLANS = List.of("free", "pro", "enterprise");

    private SampleExport() {}

    /**
     * The export's text.
     *
     * @param seed the seed
     * @param n the number of tickets
     * @return the CSV text, LF line ends
     */
    static String generate(long seed, int n) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(
                "Ticket ID,Created,Status,Priority,Channel,Category,Agent,First Response,Resolved,CSAT,Plan\n");
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 0, 0);
        for (int i = 1; i <= n; i++) {
            LocalDateTime created = start.plusMinutes(random.nextInt(42 * 24 * 60));
            String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
            double speed = channel.equals("Chat") || channel.equals("Phone") ? 0.1 : 1.0;
            LocalDateTime reply = random.nextInt(10) < 9
                    ? created.plusMinutes(1 + (long) (random.nextInt(8 * 60) * speed)) : null;
            int state = random.nextInt(20);
            String status = state < 12 ? "Solved" : state < 15 ? "Closed" : state < 17 ? "Open" : state < 18
                    ? "Waiting on customer" : state < 19 ? "Escalated" : "In Progress";
            boolean resolved = status.equals("Solved") || status.equals("Closed");
            LocalDateTime solvedAt = resolved ? (reply != null ? reply : created).plusMinutes(random.nextInt(3 * 24 * 60))
                    : null;
            String csat = resolved && random.nextInt(3) == 0 ? Integer.toString(random.nextInt(10) < 7
                    ? 4 + random.nextInt(2) : 1 + random.nextInt(3)) : random.nextInt(5) == 0 ? "N/A" : "";
            String createdText = AT.format(created);
            String replyText = reply == null ? "" : AT.format(reply);
            // the mess of real exports, a few rows each
            int mess = random.nextInt(100);
            if (mess == 0) {
                createdText = DAY_FIRST.format(created);
            } else if (mess == 1) {
                status = "Frozen";
            } else if (mess == 2 && reply != null) {
                replyText = AT.format(created.minusHours(2));
            }
            out.append("S-").append(1000 + i).append(',').append(createdText).append(',').append(status).append(',')
                    .append(PRIORITIES.get(random.nextInt(PRIORITIES.size()))).append(',').append(channel).append(',')
                    .append(CATEGORIES.get(random.nextInt(CATEGORIES.size()))).append(',')
                    .append(AGENTS.get(random.nextInt(AGENTS.size()))).append(',').append(replyText).append(',')
                    .append(solvedAt == null ? "" : AT.format(solvedAt)).append(',').append(csat).append(',')
                    .append(PLANS.get(random.nextInt(PLANS.size()))).append('\n');
        }
        return out.toString();
    }

    /** The shipped sample's text. */
    static String sample() {
        return generate(2026, 600);
    }

    /**
     * Writes {@code samples/tickets.csv}, from the module's folder.
     *
     * @param args none
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, sample(), StandardCharsets.UTF_8);
    }
}
