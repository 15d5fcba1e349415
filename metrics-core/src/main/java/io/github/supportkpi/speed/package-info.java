/**
 * Speed metrics over tickets (catalogue M10-M14): first response time, average reply time, resolution time and time in status, with their definitions (bot replies, elapsed time, resolution point, statuses).
 */
package io.github.supportkpi.speed;
