package io.github.supportkpi.metric;

import java.util.Objects;

/**
 * A catalogue metric: an id, the definition that fixes every knob, and the computation. Two catalogue
 * metrics are equal when they are of the same class with equal definitions, since they then give equal
 * tallies. Immutable and thread-safe.
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
     * The definition: every knob of this metric.
     *
     * @return the definition
     */
    public final D definition() {
        return definition;
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
