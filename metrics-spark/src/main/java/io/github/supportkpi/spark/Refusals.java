package io.github.supportkpi.spark;

/** The reason a row was refused, as {@code Ingestion} counts it. */
final class Refusals {
    private Refusals() {
    }

    /**
     * The part of the message before the first {@code ": "}: by the project's convention the field and the
     * rule, without the value. A null pointer is a required field missing.
     */
    static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof NullPointerException) {
            message = "required field missing: " + message;
        }
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(0, colon);
    }
}
