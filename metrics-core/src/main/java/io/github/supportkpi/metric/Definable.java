package io.github.supportkpi.metric;

import java.util.Map;

/**
 * A part of a metric's definition that is not a record or an enum, stating the named parts that decide what
 * it does, so that {@link DefinitionText} can write it as canonical text. The catalogue's eligibilities,
 * conditions and backlog rules implement it ({@code FcrEligibility}, {@code SlaCondition},
 * {@code BacklogDefinition}); so can a class of your own that a definition holds, such as an
 * {@code ElapsedTime} of your own or the function that buckets records in a {@link BucketSeries}.
 *
 * <p>The parts must be everything that decides the object's behaviour, and only values that
 * {@link DefinitionText#of} handles: two objects that behave alike state equal parts, and two that behave
 * differently state different ones. A predicate of your own is stated by a name you give it.
 *
 * <pre>{@code
 * record TierIs(String tier) implements Predicate<Ticket> { ... }      // a record needs nothing more
 *
 * final class ByCreationDay implements Function<Ticket, Instant>, Definable {
 *     private final ZoneId zone;
 *     public Map<String, ?> definingParts() { return Map.of("zone", zone); }
 *     ...
 * }
 * }</pre>
 */
public interface Definable {
    /**
     * The named parts that decide this object. The canonical text is the class's simple name (nested:
     * {@code Outer.Inner}) and the parts sorted by name, {@code ByCreationDay[zone="Europe/Paris"]}, so the
     * map's own order does not matter. The class must have a name: not a lambda or an anonymous class.
     *
     * @return each part's name and value; names not blank, values as {@link DefinitionText#of} takes them
     */
    Map<String, ?> definingParts();
}
