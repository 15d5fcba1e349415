package io.github.supportkpi.domain;

/**
 * The inclusive range of scores a survey question was asked on. Immutable and thread-safe.
 *
 * @param min the lowest score
 * @param max the highest score, more than {@code min}
 */
public record Scale(int min, int max) {
    /** Thumbs down (0) or up (1). */
    public static final Scale THUMBS = new Scale(0, 1);
    /** 1 to 5, the usual CSAT and CES scale. */
    public static final Scale ONE_TO_FIVE = new Scale(1, 5);
    /** 1 to 7, a common CES scale. */
    public static final Scale ONE_TO_SEVEN = new Scale(1, 7);
    /** 1 to 10. */
    public static final Scale ONE_TO_TEN = new Scale(1, 10);
    /** 0 to 10, the NPS scale. */
    public static final Scale ZERO_TO_TEN = new Scale(0, 10);

    /**
     * Validates the range.
     *
     * @throws IllegalArgumentException if {@code max <= min}
     */
    public Scale {
        if (max <= min) {
            throw new IllegalArgumentException("scale max must be more than min: " + min + ".." + max);
        }
    }

    /**
     * The scale {@code min..max}.
     *
     * @param min the lowest score
     * @param max the highest score
     * @return the scale
     */
    public static Scale of(int min, int max) {
        return new Scale(min, max);
    }

    /**
     * Whether {@code score} is on this scale.
     *
     * @param score a score
     * @return {@code min <= score <= max}
     */
    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    @Override
    public String toString() {
        return min + ".." + max;
    }
}
