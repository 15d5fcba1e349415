package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A help desk's own status names and the {@link Status} kind each one is: {@code "In Progress"} is
 * {@link Status#OPEN}, {@code "Waiting on third party"} {@link Status#ON_HOLD}. Metrics look at the kind; the
 * name is kept beside it on the ticket ({@link Ticket#statusName()}) and on each status change
 * ({@link StatusChange#sourceName()}), so a report can still be segmented by the product's own statuses
 * ({@code TicketDimensions.STATUS_NAME}). Immutable and thread-safe.
 *
 * <p>Names are compared after one documented normalisation: surrounding white space removed, lower case
 * ({@link Locale#ROOT}), and every run of white space, hyphens and underscores read as one space. So
 * {@code "In Progress"}, {@code "in-progress"} and {@code "IN_PROGRESS"} are one name. The name kept on the
 * ticket is the source's own spelling, stripped of surrounding white space.
 *
 * <p>{@link #standard()} knows the common names: {@code new}; {@code open}, {@code in progress},
 * {@code assigned}; {@code pending}, {@code waiting on customer}, {@code pending customer response};
 * {@code on hold}, {@code hold}, {@code waiting on third party}; {@code solved}, {@code resolved};
 * {@code closed}. Add a product's own with {@link #with}:
 *
 * <pre>{@code
 * StatusNames names = StatusNames.standard()
 *         .with("Escalated", Status.OPEN)
 *         .with("Waiting for vendor", Status.ON_HOLD);
 * Ticket t = Ticket.builder("T-1", created).status("Escalated", names).build();
 * t.status();      // OPEN
 * t.statusName();  // Optional[Escalated]
 * }</pre>
 */
public final class StatusNames {
    private static final StatusNames STANDARD = standardNames();

    /** Normalised name to kind, sorted by name. */
    private final Map<String, Status> kinds;

    private StatusNames(Map<String, Status> kinds) {
        this.kinds = kinds;
    }

    private static StatusNames standardNames() {
        Map<String, Status> m = new TreeMap<>();
        m.put("new", Status.NEW);
        for (String s : new String[] {"open", "in progress", "assigned"}) {
            m.put(s, Status.OPEN);
        }
        for (String s : new String[] {"pending", "waiting on customer", "pending customer response"}) {
            m.put(s, Status.PENDING);
        }
        for (String s : new String[] {"on hold", "hold", "waiting on third party"}) {
            m.put(s, Status.ON_HOLD);
        }
        m.put("solved", Status.SOLVED);
        m.put("resolved", Status.SOLVED);
        m.put("closed", Status.CLOSED);
        return new StatusNames(Collections.unmodifiableMap(m));
    }

    /**
     * The common help-desk names listed above.
     *
     * @return the standard names
     */
    public static StatusNames standard() {
        return STANDARD;
    }

    /**
     * No names at all: every name must be added with {@link #with}.
     *
     * @return an empty set of names
     */
    public static StatusNames none() {
        return new StatusNames(Map.of());
    }

    /**
     * These names and one more, or one changed: a name known already is mapped to the new kind.
     *
     * @param name the help desk's status name, such as {@code "Escalated"}
     * @param kind the kind it is
     * @return a new set of names
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if the name is blank
     */
    public StatusNames with(String name, Status kind) {
        Objects.requireNonNull(kind, "kind");
        String key = key(name);
        Map<String, Status> m = new TreeMap<>(kinds);
        m.put(key, kind);
        return new StatusNames(Collections.unmodifiableMap(m));
    }

    /**
     * These names and several more; see {@link #with(String, Status)}.
     *
     * @param names status names and their kinds
     * @return a new set of names
     * @throws NullPointerException if a name or kind is null
     * @throws IllegalArgumentException if a name is blank, or two names of the map are one name after
     *     normalisation with different kinds
     */
    public StatusNames with(Map<String, Status> names) {
        Map<String, Status> m = new TreeMap<>(kinds);
        Map<String, String> spelled = new TreeMap<>();
        names.forEach((name, kind) -> {
            Objects.requireNonNull(kind, () -> "kind of status name \"" + name + "\"");
            String key = key(name);
            String before = spelled.put(key, name);
            if (before != null && m.get(key) != kind) {
                throw new IllegalArgumentException("status names \"" + before + "\" and \"" + name
                        + "\" are one name (\"" + key + "\") with two kinds: " + m.get(key) + " and " + kind);
            }
            m.put(key, kind);
        });
        return new StatusNames(Collections.unmodifiableMap(m));
    }

    /**
     * The kind of a status name.
     *
     * @param name the help desk's status name
     * @return its kind
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the name is blank or unknown; the message names the field, the
     *     value and the known names
     */
    public Status kindOf(String name) {
        Status kind = kinds.get(key(name));
        if (kind == null) {
            throw new IllegalArgumentException("status must be a known status name (" + String.join(", ",
                    kinds.keySet()) + "; add others with StatusNames.with): \"" + name + "\"");
        }
        return kind;
    }

    /**
     * The kind of a status name, if known.
     *
     * @param name the help desk's status name
     * @return its kind, or empty when the name is unknown or blank
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<Status> find(String name) {
        Objects.requireNonNull(name, "status");
        String key = normalise(name);
        return Optional.ofNullable(kinds.get(key));
    }

    /**
     * A status change into the kind of a named status, keeping the name.
     *
     * @param at when the ticket entered the status
     * @param name the help desk's status name
     * @return the change, with the name stripped of surrounding white space as its source name
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if the name is unknown or {@code at} is outside the supported range
     */
    public StatusChange change(Instant at, String name) {
        Status kind = kindOf(name);
        return new StatusChange(at, kind, Optional.of(name.strip()), Optional.empty());
    }

    /**
     * The names known, normalised, and their kinds, sorted by name.
     *
     * @return an unmodifiable map
     */
    public Map<String, Status> names() {
        return kinds;
    }

    /**
     * A name as it is compared: stripped, lower case, runs of white space, hyphens and underscores as one
     * space.
     *
     * @param name a status name
     * @return the normalised name; empty for a blank name
     * @throws NullPointerException if {@code name} is null
     */
    public static String normalise(String name) {
        Objects.requireNonNull(name, "status");
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").strip();
    }

    private static String key(String name) {
        String key = normalise(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("status name must not be blank: \"" + name + "\"");
        }
        return key;
    }

    /**
     * Equal when the same names map to the same kinds.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof StatusNames other && kinds.equals(other.kinds);
    }

    @Override
    public int hashCode() {
        return kinds.hashCode();
    }

    /** @return the names and their kinds, such as {@code StatusNames{assigned=OPEN, closed=CLOSED, ...}} */
    @Override
    public String toString() {
        return "StatusNames" + kinds;
    }
}
