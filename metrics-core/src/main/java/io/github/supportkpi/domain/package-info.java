/**
 * The records a help desk produces: tickets, their interactions and status changes (read as one {@link io.github.supportkpi.domain.StatusTimeline}), survey responses, calls, agent time and customer periods. <p>Every type is an immutable, validated value: an invalid field is refused on construction with an {@link java.lang.IllegalArgumentException} whose message names the field and the value.
 */
package io.github.supportkpi.domain;
