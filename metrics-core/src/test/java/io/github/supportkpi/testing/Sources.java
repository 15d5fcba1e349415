package io.github.supportkpi.testing;

import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.util.AbstractList;
import java.util.List;
import java.util.function.BiFunction;
import org.quicktheories.core.Gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * QuickTheories sources of record lists, built by {@link RandomRecords} from a generated seed and size.
 * A failing property prints the seed and size ("37 tickets from seed 81723"), which replay the records.
 */
public final class Sources {
    private Sources() {}

    /** The largest list generated. */
    public static final int MAX_SIZE = 60;

    private static <T> Gen<List<T>> seeded(String what, BiFunction<RandomRecords, Integer, List<T>> make) {
        return longs().all().zip(integers().between(0, MAX_SIZE),
                (Long seed, Integer size) -> (List<T>) new SeededList<>(make.apply(new RandomRecords(seed), size),
                        size + " " + what + " from seed " + seed));
    }

    /** Generated records whose description names the seed that replays them. */
    private static final class SeededList<T> extends AbstractList<T> {
        private final List<T> records;
        private final String description;

        SeededList(List<T> records, String description) {
            this.records = List.copyOf(records);
            this.description = description;
        }

        @Override
        public T get(int index) {
            return records.get(index);
        }

        @Override
        public int size() {
            return records.size();
        }

        @Override
        public String toString() {
            return description;
        }
    }

    /** @return lists of tickets */
    public static Gen<List<Ticket>> tickets() {
        return seeded("tickets", RandomRecords::tickets);
    }

    /** @return lists of tickets of every origin (and none), outbound ones opened by an agent's reply among them */
    public static Gen<List<Ticket>> ticketsWithOrigins() {
        return seeded("tickets with origins", RandomRecords::ticketsWithOrigins);
    }

    /** @return lists of tickets with a status history */
    public static Gen<List<Ticket>> ticketsWithHistory() {
        return seeded("tickets with history", RandomRecords::ticketsWithHistory);
    }

    /** @return lists of calls, most with a {@code queue} attribute */
    public static Gen<List<Interaction>> callsWithAttributes() {
        return seeded("calls with attributes", RandomRecords::callsWithAttributes);
    }

    /** @return lists of survey responses, most with a {@code team} attribute */
    public static Gen<List<SurveyResponse>> surveysWithAttributes() {
        return seeded("surveys with attributes", RandomRecords::surveysWithAttributes);
    }

    /** @return lists of survey invitations and answers mixed, most with a {@code team} attribute */
    public static Gen<List<SurveyRecord>> surveyRecords() {
        return seeded("survey records", RandomRecords::surveyRecords);
    }

    /** @return lists of customer periods, most with a {@code contract} attribute */
    public static Gen<List<CustomerPeriod>> customersWithAttributes() {
        return seeded("customers with attributes", RandomRecords::customersWithAttributes);
    }

    /** @return lists of tickets, most with an assignment history */
    public static Gen<List<Ticket>> ticketsWithAssignments() {
        return seeded("tickets with assignments", RandomRecords::ticketsWithAssignments);
    }

    /** @return lists of interactions of every kind */
    public static Gen<List<Interaction>> interactions() {
        return seeded("interactions", RandomRecords::interactions);
    }

    /** @return lists of calls */
    public static Gen<List<Interaction>> calls() {
        return seeded("calls", RandomRecords::calls);
    }

    /** @return lists of survey responses of every kind */
    public static Gen<List<SurveyResponse>> surveys() {
        return seeded("surveys", RandomRecords::surveys);
    }

    /** @return lists of agent sessions */
    public static Gen<List<AgentSession>> sessions() {
        return seeded("sessions", RandomRecords::sessions);
    }

    /** @return lists of customer periods, some acquired */
    public static Gen<List<CustomerPeriod>> customers() {
        return seeded("customers", RandomRecords::customers);
    }

    /** @return lists of customer periods with none acquired */
    public static Gen<List<CustomerPeriod>> existingCustomers() {
        return seeded("existing customers", RandomRecords::existingCustomers);
    }
}
