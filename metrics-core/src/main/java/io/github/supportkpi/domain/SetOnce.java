package io.github.supportkpi.domain;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The fields a builder has been given, so that a field set twice to different values is refused: the rule
 * every builder of this package follows. Setting the same value again is fine. Not thread-safe.
 */
final class SetOnce {
    private final Set<String> given = new HashSet<>();
    private final Supplier<String> record;

    /** @param record describes the record being built, for the message (such as {@code ticket T-1}) */
    SetOnce(Supplier<String> record) {
        this.record = record;
    }

    /**
     * Checks that a field is not set to a second, different value, and marks it set.
     *
     * @return the new value
     * @throws IllegalArgumentException naming the record, the field and both values
     */
    <V> V set(String field, V current, V value) {
        if (given.contains(field) && !Objects.equals(current, value)) {
            throw new IllegalArgumentException(field + " must not be set twice to different values: "
                    + record.get() + ", " + field + " " + current + ", then " + value);
        }
        given.add(field);
        return value;
    }

    /** @return the description of the record being built, such as {@code ticket T-1} */
    String record() {
        return record.get();
    }

    /** @return whether the field was set */
    boolean contains(String field) {
        return given.contains(field);
    }
}
