package io.github.supportkpi.wire;

/**
 * Stored bytes or JSON that cannot be read as a tally: cut short, changed, of a newer major version, of
 * another metric or definition, or holding a value out of its bounds. The message names what is wrong and
 * where (the path of the field, such as {@code document.tally.segments[3].tally.numerator}, the same in
 * both forms).
 */
public final class TallyFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what is wrong and where
     */
    public TallyFormatException(String message) {
        super(message);
    }

    /**
     * An exception with a message and the failure that revealed it.
     *
     * @param message what is wrong and where
     * @param cause the failure, such as a tally's own validation
     */
    public TallyFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
