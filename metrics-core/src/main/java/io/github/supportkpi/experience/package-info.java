/**
 * Experience metrics over survey responses (catalogue M01-M05): CSAT, NPS, CES, eNPS and employee satisfaction, with their definitions (scales, thresholds, direction) and the NPS tally.
 */
package io.github.supportkpi.experience;
