package io.github.supportkpi.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A report: a title, the lines under it, and {@link Section}s of typed {@link Cell}s, ready for any renderer.
 * Immutable and thread-safe.
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
}
