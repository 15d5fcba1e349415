/**
 * Reports built from metrics: segmented one-pass reports, trends and targets.
 */
package io.github.supportkpi.report;
