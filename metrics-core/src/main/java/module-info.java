/**
 * supportkpi core: defined, mergeable customer-service and help-desk KPIs.
 *
 * <p>This module has no dependencies beyond {@code java.base}.
 */
module io.github.supportkpi.core {
    exports io.github.supportkpi.domain;
    exports io.github.supportkpi.time;
    exports io.github.supportkpi.definition;
    exports io.github.supportkpi.metric;
    exports io.github.supportkpi.staffing;
    exports io.github.supportkpi.report;
}
