package io.github.supportkpi.io;

import java.util.Objects;

/**
 * A row a strict {@link ExportReader} could not read: the read ends, naming the row; the cause says why
 * (a {@code FieldException} names the column, the rule and the value).
 */
public final class RowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where the row is. */
    private final String locator;

    /**
     * An exception for a row.
     *
     * @param locator where the row is ({@code "tickets.csv row 17"})
     * @param cause why it could not be read
     */
    public RowException(String locator, RuntimeException cause) {
        super(Objects.requireNonNull(locator, "locator") + ": " + cause.getMessage(), cause);
        this.locator = locator;
    }

    /** @return where the row is ({@code "tickets.csv row 17"}) */
    public String locator() {
        return locator;
    }
}
