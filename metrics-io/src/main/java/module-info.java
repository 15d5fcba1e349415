/**
 * Readers of help-desk exports into supportkpi records, driven by declarative column mappings.
 */
module io.github.supportkpi.io {
    requires transitive io.github.supportkpi.core;
    requires org.apache.commons.csv;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    exports io.github.supportkpi.io;
}
