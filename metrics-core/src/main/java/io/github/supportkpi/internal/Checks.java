package io.github.supportkpi.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * Argument checks whose messages follow the project's form {@code "<name> must <constraint>: <actual>"}.
 * Not part of the API.
 */
public final class Checks {
    private Checks() {}

    /** Returns {@code value} when it is not null; otherwise throws {@link NullPointerException} naming it. */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** Returns {@code value} when it is zero or more. */
    public static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is zero or more. */
    public static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is more than zero. */
    public static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is not null and not negative. */
    public static Duration nonNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is not null and more than zero. */
    public static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is a finite number. */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
        return value;
    }

    /** Returns {@code value} when it is not null and not blank. */
    public static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: \"" + value + "\"");
        }
        return value;
    }
}
