/**
 * Readers of real help-desk exports into supportkpi records: a declarative {@link io.github.supportkpi.io.Mapping}
 * (a JSON file or a builder) says which column holds which field and how its text is read; an
 * {@link io.github.supportkpi.io.ExportReader} streams a CSV file row by row into a
 * {@link io.github.supportkpi.io.Records} sink and reports every refused row, ignored field and suspect
 * value in a {@code DataQuality} report.
 */
package io.github.supportkpi.io;
