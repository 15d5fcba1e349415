package io.github.supportkpi.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A report: a title, the lines under it, and {@link Section}s of typed {@link Cell}s, ready for any renderer.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Cells cells = Cells.defaults();
 * Report report = Report.builder("Support KPIs, March 2026", ZoneId.of("Europe/Berlin"))
 *         .subtitle("2026-03-01 to 2026-03-31, Europe/Berlin")
 *         .section(Section.builder("executive", "Executive view", Section.Kind.TILES)
 *                 .row("CSAT", cells.percent(all.get(csat)))
 *                 .row("Tickets", cells.count(all.get(volume)))
 *                 .build())
 *         .build();
 * String text = ReportRenderer.text().render(report, ReportFormat.defaults(report.zone()));
 * }</pre>
 *
 * @param title the report's title
 * @param subtitle lines under the title (period, zone, what the data is); copied
 * @param zone the zone every instant and bucket of the report is in
 * @param asOf the instant the report describes the state at (open backlog, SLA clocks), when it has one
 * @param sections the sections, with unique ids; copied
 */
public record Report(String title, List<String> subtitle, ZoneId zone, Optional<Instant> asOf, List<Section> sections) {
    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field, a line or a section is null
     * @throws IllegalArgumentException if two sections share an id
     */
    public Report {
        Objects.requireNonNull(title, "title");
        subtitle = List.copyOf(Objects.requireNonNull(subtitle, "subtitle"));
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(asOf, "asOf");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        Set<String> ids = new HashSet<>();
        for (Section s : sections) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("Report section id must be unique: " + s.id());
            }
        }
    }

    /**
     * The section with an id.
     *
     * @param id the id
     * @return the section, or empty when the report has none with that id
     */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * A builder of a report.
     *
     * @param title the report's title
     * @param zone the zone of the report's instants and buckets
     * @return a builder with no subtitle, no as-of instant and no section
     */
    public static Builder builder(String title, ZoneId zone) {
        return new Builder(title, zone);
    }

    /** A report built section by section. Not thread-safe; the report it builds is immutable. */
    public static final class Builder {
        private final String title;
        private final ZoneId zone;
        private final List<String> subtitle = new ArrayList<>();
        private Optional<Instant> asOf = Optional.empty();
        private final List<Section> sections = new ArrayList<>();

        private Builder(String title, ZoneId zone) {
            this.title = Objects.requireNonNull(title, "title");
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /**
         * Adds lines under the title.
         *
         * @param lines the lines
         * @return this builder
         */
        public Builder subtitle(String... lines) {
            for (String line : Arrays.asList(lines)) {
                subtitle.add(Objects.requireNonNull(line, "subtitle line"));
            }
            return this;
        }

        /**
         * Sets the instant the report describes the state at.
         *
         * @param asOf the instant
         * @return this builder
         */
        public Builder asOf(Instant asOf) {
            this.asOf = Optional.of(Objects.requireNonNull(asOf, "asOf"));
            return this;
        }

        /**
         * Adds a section.
         *
         * @param section the section
         * @return this builder
         */
        public Builder section(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /**
         * Builds a section and adds it.
         *
         * @param section the section's builder
         * @return this builder
         */
        public Builder section(Section.Builder section) {
            return section(Objects.requireNonNull(section, "section").build());
        }

        /**
         * The report.
         *
         * @return the report
         * @throws IllegalArgumentException if two sections share an id
         */
        public Report build() {
            return new Report(title, subtitle, zone, asOf, sections);
        }
    }
}
