/**
 * Quality metrics over tickets (catalogue M20-M26): first-contact resolution (with its eligibility and criteria), one-touch resolution, resolution rate, reopen and escalation rates, repeat contacts and resolution consistency, with their definitions and tallies.
 */
package io.github.supportkpi.quality;
