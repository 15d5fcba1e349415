/**
 * The knobs of every metric definition: scales and thresholds, first-contact-resolution eligibility and criteria, abandonment and service-level rules, SLA policies. <p>Each definition is an immutable value with a documented default.
 */
package io.github.supportkpi.definition;
