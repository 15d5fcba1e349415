package io.github.supportkpi.io;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an {@link ExportReader} puts the records it reads, one at a time in the order of the rows, so an
 * export of any size is read in bounded memory: feed them to a metric's accumulator. A row's survey answer
 * comes right after its ticket or interaction. A method the sink does not override throws, so a record of
 * a kind the sink does not expect is never dropped silently.
 */
public interface Records {
    /**
     * A ticket read.
     *
     * @param ticket the ticket
     * @throws UnsupportedOperationException unless overridden
     */
    default void ticket(Ticket ticket) {
        throw new UnsupportedOperationException("this sink takes no tickets: ticket " + ticket.id());
    }

    /**
     * An interaction read.
     *
     * @param interaction the interaction
     * @throws UnsupportedOperationException unless overridden
     */
    default void interaction(Interaction interaction) {
        throw new UnsupportedOperationException("this sink takes no interactions: " + interaction);
    }

    /**
     * A survey answer read.
     *
     * @param survey the answer
     * @throws UnsupportedOperationException unless overridden
     */
    default void survey(SurveyResponse survey) {
        throw new UnsupportedOperationException("this sink takes no survey answers: " + survey);
    }

    /**
     * A survey sent, read from a survey export whose mapping names the texts of an invitation without an answer
     * ({@link Mapping#invited()}), or that stands behind each answer ({@link Mapping#answersInvited()}, then
     * given right before its answer).
     *
     * @param invitation the invitation
     * @throws UnsupportedOperationException unless overridden
     */
    default void invitation(SurveyInvitation invitation) {
        throw new UnsupportedOperationException("this sink takes no survey invitations: " + invitation);
    }

    /**
     * A customer's period read.
     *
     * @param customer the customer's period
     * @throws UnsupportedOperationException unless overridden
     */
    default void customer(CustomerPeriod customer) {
        throw new UnsupportedOperationException("this sink takes no customers: customer " + customer.customerId());
    }

    /**
     * A pre-aggregated row read.
     *
     * @param row the row
     * @throws UnsupportedOperationException unless overridden
     */
    default void aggregate(AggregateRow row) {
        throw new UnsupportedOperationException("this sink takes no aggregate rows: " + row.keys());
    }

    /**
     * A sink that keeps every record in lists, for an export small enough to hold.
     *
     * @return a new, empty sink
     */
    static Collected collect() {
        return new Collected();
    }

    /** The records of a read, kept in lists in the order read. Not thread-safe. */
    final class Collected implements Records {
        private final List<Ticket> tickets = new ArrayList<>();
        private final List<Interaction> interactions = new ArrayList<>();
        private final List<SurveyResponse> surveys = new ArrayList<>();
        private final List<SurveyInvitation> invitations = new ArrayList<>();
        private final List<CustomerPeriod> customers = new ArrayList<>();
        private final List<AggregateRow> aggregates = new ArrayList<>();

        private Collected() {}

        @Override
        public void ticket(Ticket ticket) {
            tickets.add(ticket);
        }

        @Override
        public void interaction(Interaction interaction) {
            interactions.add(interaction);
        }

        @Override
        public void survey(SurveyResponse survey) {
            surveys.add(survey);
        }

        @Override
        public void invitation(SurveyInvitation invitation) {
            invitations.add(invitation);
        }

        @Override
        public void customer(CustomerPeriod customer) {
            customers.add(customer);
        }

        @Override
        public void aggregate(AggregateRow row) {
            aggregates.add(row);
        }

        /** @return the tickets read, unmodifiable */
        public List<Ticket> tickets() {
            return List.copyOf(tickets);
        }

        /** @return the interactions read, unmodifiable */
        public List<Interaction> interactions() {
            return List.copyOf(interactions);
        }

        /** @return the survey answers read, unmodifiable */
        public List<SurveyResponse> surveys() {
            return List.copyOf(surveys);
        }

        /** @return the survey invitations read, unmodifiable */
        public List<SurveyInvitation> invitations() {
            return List.copyOf(invitations);
        }

        /** @return the customers' periods read, unmodifiable */
        public List<CustomerPeriod> customers() {
            return List.copyOf(customers);
        }

        /** @return the aggregate rows read, unmodifiable */
        public List<AggregateRow> aggregates() {
            return List.copyOf(aggregates);
        }
    }
}
