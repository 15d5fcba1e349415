/**
 * Backlog at an instant (catalogue M33) with its definitions and age bands, and the net flow of tickets per bucket of a range of time.
 */
package io.github.supportkpi.backlog;
