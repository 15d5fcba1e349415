/**
 * Experience metrics over survey responses (catalogue M01-M05): CSAT, NPS, CES, eNPS and employee satisfaction, with their definitions (scales, thresholds, direction) and the NPS tally; and the survey response rate over invitations sent and answers received.
 */
package io.github.supportkpi.experience;
