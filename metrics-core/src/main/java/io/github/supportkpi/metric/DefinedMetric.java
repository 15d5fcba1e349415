package io.github.supportkpi.metric;

import java.util.Objects;

/**
 * A catalogue metric: an id, the definition that fixes every knob, and the computation. Two catalogue
 * metrics are equal when they are of the same class with equal definitions, since they then give equal
 * tallies. Immutable and thread-safe.
 *
 * <p>{@link #definedBy()} is the definition object; {@link #definition()} its canonical text, which stored
 * tallies carry.
 *
 * <p>Subclasses pass the computation, usually built with a tally's {@code metric(...)} factory such as
 * {@link Ratio#metric}, to the constructor.
 *
 * @param <T> the record type
 * @param <S> the tally type
 * @param <D> the definition type
 */
public abstract class DefinedMetric<T, S extends Tally<S>, D> implements Metric<T, S> {
    private final String id;
    private final D definition;
    private final Metric<T, S> computation;
    /** The definition's text once computed; a benign race, as with {@code String.hashCode}. */
    private String text;

    /**
     * A catalogue metric.
     *
     * @param id the metric's id
     * @param definition its definition
     * @param computation the computation it delegates to
     */
    protected DefinedMetric(String id, D definition, Metric<T, S> computation) {
        this.id = Objects.requireNonNull(id, "id");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.computation = Objects.requireNonNull(computation, "computation");
    }

    @Override
    public final String id() {
        return id;
    }

    /**
     * The definition this metric is defined by: every knob of it.
     *
     * @return the definition
     */
    public final D definedBy() {
        return definition;
    }

    /**
     * The class's simple name (a nested class's as {@code Outer.Inner}) and the canonical text of the
     * definition ({@link DefinitionText#of}): {@code FirstResponseTime(ResponseDefinition[includeBots=false,
     * elapsedTime=ElapsedTime.CALENDAR, summary=DurationStats.Summary.EXACT,
     * agentCreated=AgentCreated.SKIP_OPENING_COMMENT])}. Equal metrics have equal definitions.
     *
     * @throws IllegalStateException if a part of the definition has no stable name, such as an
     *     {@code ElapsedTime} given as a lambda; the message names the metric and the part
     */
    @Override
    public final String definition() {
        String t = text;
        if (t == null) {
            String name = DefinitionText.simpleName(getClass());
            if (name.isEmpty()) {
                throw new IllegalStateException("metric " + id + " is " + DefinitionText.describe(this)
                        + ", which has no stable name: extend DefinedMetric with a named class");
            }
            t = name + "(" + DefinitionText.of(id, definition) + ")";
            text = t;
        }
        return t;
    }

    @Override
    public final S empty() {
        return computation.empty();
    }

    @Override
    public final Accumulator<T, S> newAccumulator() {
        return computation.newAccumulator();
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && id.equals(((DefinedMetric<?, ?, ?>) o).id)
                && definition.equals(((DefinedMetric<?, ?, ?>) o).definition);
    }

    @Override
    public final int hashCode() {
        return 31 * id.hashCode() + definition.hashCode();
    }

    /** @return the id and the definition */
    @Override
    public String toString() {
        return id + " " + definition;
    }
}
