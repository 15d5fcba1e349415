package io.github.supportkpi.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** A seeded call log in the layout of the fixture {@code calls-mapping.json}: two weeks, busier mornings. */
final class CallLog {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT);
    private static final List<String> AGENTS = List.of("Diane", "Becky", "Stewart", "Greg", "Jim");

    private CallLog() {}

    static Path write(Path dir, long seed, LocalDate first, int days) throws IOException {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder("Call Id,Agent,Date,Time,Topic,Answered (Y/N),Resolved,"
                + "Speed of answer in seconds,AvgTalkDuration,Satisfaction rating\n");
        int id = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            for (int hour = 8; hour < 18; hour++) {
                int calls = (weekend ? 3 : hour < 12 ? 25 : 15) + random.nextInt(6);
                for (int c = 0; c < calls; c++) {
                    boolean answered = random.nextInt(10) < 9;
                    int talk = 120 + random.nextInt(240);
                    out.append(String.format(Locale.ROOT, "ID%05d,%s,%s,%d:%02d:%02d,Support,%s,%s,%s,%s,%s%n", ++id,
                            AGENTS.get(random.nextInt(AGENTS.size())), DATE.format(day), hour, random.nextInt(60),
                            random.nextInt(60), answered ? "Y" : "N", answered && random.nextBoolean() ? "Y" : "N",
                            answered ? Integer.toString(random.nextInt(90)) : "",
                            answered ? String.format(Locale.ROOT, "0:%02d:%02d", talk / 60, talk % 60) : "",
                            answered && random.nextInt(3) == 0 ? Integer.toString(1 + random.nextInt(5)) : ""));
                }
            }
        }
        Path file = dir.resolve("two-weeks.csv");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
