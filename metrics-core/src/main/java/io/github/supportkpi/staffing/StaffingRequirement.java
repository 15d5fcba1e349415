package io.github.supportkpi.staffing;

import java.util.Objects;

/**
 * The agents a traffic situation requires to meet a {@link StaffingGoal} (catalogue metric M60), what the
 * model predicts with them, and the positions to schedule after shrinkage. Immutable and thread-safe.
 * Made by {@link ErlangC#requirement(StaffingGoal)}.
 *
 * @param agents the smallest number of agents meeting the goal's service level and occupancy cap, not
 *     negative; zero when there is no traffic
 * @param positions the positions to schedule, {@code ceil(agents / (1 − shrinkage))}, see
 *     {@link StaffingGoal#positions(int)}; at least {@code agents}
 * @param outcome the outcome with {@code agents} agents
 */
public record StaffingRequirement(int agents, int positions, StaffingOutcome outcome) {
    /**
     * Validates the requirement.
     *
     * @throws NullPointerException if {@code outcome} is null
     * @throws IllegalArgumentException if {@code agents} is negative or differs from the outcome's, or
     *     {@code positions} is less than {@code agents}
     */
    public StaffingRequirement {
        Objects.requireNonNull(outcome, "outcome");
        if (agents < 0) {
            throw new IllegalArgumentException("agents must not be negative: " + agents);
        }
        if (outcome.agents() != agents) {
            throw new IllegalArgumentException(
                    "outcome.agents must equal agents " + agents + ": " + outcome.agents());
        }
        if (positions < agents) {
            throw new IllegalArgumentException(
                    "positions must be at least agents " + agents + ": " + positions);
        }
    }
}
