/**
 * Readers of real help-desk exports into supportkpi records: a declarative {@link io.github.supportkpi.io.Mapping}
 * (a JSON file or a builder) says which column holds which field and how its text is read; an
 * {@link io.github.supportkpi.io.ExportReader} streams a CSV, JSON or JSON Lines file record by record into a
 * {@link io.github.supportkpi.io.Records} sink and reports every refused row, ignored field and suspect
 * value in a {@code DataQuality} report. A {@link io.github.supportkpi.io.Reconciliation} sets the times a
 * help desk computes itself beside the library's.
 */
package io.github.supportkpi.io;
