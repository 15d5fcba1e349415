/**
 * Runnable examples of supportkpi, written as a user's module: they reach the core only through the
 * packages {@code io.github.supportkpi.core} exports.
 */
module io.github.supportkpi.examples {
    requires io.github.supportkpi.core;
    requires io.github.supportkpi.io;
    requires java.sql;
}
