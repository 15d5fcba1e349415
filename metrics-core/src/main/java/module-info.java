/**
 * supportkpi core: defined, mergeable customer-service and help-desk KPIs.
 *
 * <p>This module has no dependencies beyond {@code java.base}. The arrows between its packages run one way:
 * {@code time} and {@code domain} at the bottom, then the {@code metric} framework, then the catalogue
 * families, then {@code report} and {@code wire} (the stored form of every tally); {@code staffing} uses the
 * framework only.
 */
module io.github.supportkpi.core {
    exports io.github.supportkpi.time;
    exports io.github.supportkpi.domain;
    exports io.github.supportkpi.metric;
    exports io.github.supportkpi.experience;
    exports io.github.supportkpi.speed;
    exports io.github.supportkpi.quality;
    exports io.github.supportkpi.workload;
    exports io.github.supportkpi.contact;
    exports io.github.supportkpi.sla;
    exports io.github.supportkpi.backlog;
    exports io.github.supportkpi.business;
    exports io.github.supportkpi.report;
    exports io.github.supportkpi.staffing;
    exports io.github.supportkpi.wire;
}
