package io.github.supportkpi.sla;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered list of SLA policies and a fallback: a ticket gets the <em>first</em> policy whose condition
 * matches, or the fallback when none does, or no policy at all (its targets are then not applicable).
 * This is how Zendesk, Freshdesk and Jira Service Management pick a policy. Immutable and thread-safe.
 *
 * <pre>{@code
 * SlaPolicies policies = SlaPolicies.builder()
 *         .policy(urgent)                  // tried first
 *         .policy(high)
 *         .otherwise(standard)             // every other ticket
 *         .build();
 * }</pre>
 *
 * @param policies the policies in the order they are tried
 * @param fallback the policy of tickets no policy matches, if any
 */
public record SlaPolicies(List<SlaPolicy> policies, Optional<SlaPolicy> fallback) {
    /** No policy: every target of every ticket is not applicable. */
    public static final SlaPolicies NONE = new SlaPolicies(List.of(), Optional.empty());

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if two policies (the fallback included) share a name
     */
    public SlaPolicies {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(fallback, "fallback");
        policies = List.copyOf(policies);
        Set<String> names = new HashSet<>();
        List<SlaPolicy> all = new ArrayList<>(policies);
        fallback.ifPresent(all::add);
        for (SlaPolicy p : all) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("policy names must be unique: \"" + p.name() + "\" twice");
            }
        }
    }

    /**
     * Policies tried in this order, with no fallback.
     *
     * @param policies the policies
     * @return the list
     */
    public static SlaPolicies of(SlaPolicy... policies) {
        return new SlaPolicies(List.of(policies), Optional.empty());
    }

    /**
     * A builder with no policies.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The policy of a ticket: the first whose condition matches, else the fallback.
     *
     * @param ticket the ticket
     * @return its policy; empty if none applies
     */
    public Optional<SlaPolicy> policyFor(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        for (int i = 0, n = policies.size(); i < n; i++) {
            if (policies.get(i).appliesTo(ticket)) {
                return Optional.of(policies.get(i));
            }
        }
        return fallback;
    }

    /** The policy of a ticket by its facts, or null: {@link #policyFor} without an {@code Optional}. */
    SlaPolicy policyOrNull(TicketFacts facts) {
        for (int i = 0, n = policies.size(); i < n; i++) {
            if (policies.get(i).condition().test(facts)) {
                return policies.get(i);
            }
        }
        return fallback.orElse(null);
    }

    /**
     * A copy with another fallback.
     *
     * @param policy the policy of tickets no policy matches
     * @return the copy
     */
    public SlaPolicies withFallback(SlaPolicy policy) {
        return new SlaPolicies(policies, Optional.of(policy));
    }

    /**
     * Collects policies in order. Not thread-safe.
     *
     * <p>The builder fails fast on what is most likely a configuration bug, with an
     * {@link IllegalArgumentException}:
     * <ul>
     *   <li>a fallback set twice to different policies is refused, naming both (setting the same policy
     *       again is fine);</li>
     *   <li>a policy whose name an earlier policy or the fallback already has is refused, since names are
     *       unique (and a policy listed twice would never be reached the second time).</li>
     * </ul>
     */
    public static final class Builder {
        private final List<SlaPolicy> policies = new ArrayList<>();
        private SlaPolicy fallback;

        private Builder() {}

        /**
         * Adds a policy after those already added.
         *
         * @param policy the policy
         * @return this builder
         * @throws IllegalArgumentException if a policy added before, or the fallback, has the same name
         */
        public Builder policy(SlaPolicy policy) {
            Objects.requireNonNull(policy, "policy");
            unique(policy);
            policies.add(policy);
            return this;
        }

        /**
         * Sets the fallback: the policy of tickets no policy matches.
         *
         * @param policy the fallback
         * @return this builder
         * @throws IllegalArgumentException if another fallback was set before, or a policy added has the
         *     same name
         */
        public Builder otherwise(SlaPolicy policy) {
            Objects.requireNonNull(policy, "policy");
            if (fallback != null) {
                if (!fallback.equals(policy)) {
                    String then = fallback.name().equals(policy.name()) ? "another policy named \"" : "\"";
                    throw new IllegalArgumentException("fallback must not be set twice to different values:"
                            + " fallback \"" + fallback.name() + "\", then " + then + policy.name() + "\"");
                }
                return this;
            }
            unique(policy);
            fallback = policy;
            return this;
        }

        /** Checks that no policy added and not the fallback has the name of {@code policy}. */
        private void unique(SlaPolicy policy) {
            boolean taken = fallback != null && fallback.name().equals(policy.name());
            for (int i = 0, n = policies.size(); i < n && !taken; i++) {
                taken = policies.get(i).name().equals(policy.name());
            }
            if (taken) {
                throw new IllegalArgumentException("policy names must be unique: \"" + policy.name() + "\" twice");
            }
        }

        /**
         * Validates and builds the list.
         *
         * @return the policies
         * @throws IllegalArgumentException if two policies share a name
         */
        public SlaPolicies build() {
            return new SlaPolicies(policies, Optional.ofNullable(fallback));
        }
    }
}
