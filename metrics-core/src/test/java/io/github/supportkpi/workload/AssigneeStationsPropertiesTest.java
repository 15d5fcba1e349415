package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.workload.StationDefinition.Counting;
import java.util.Optional;
import java.util.function.Function;

class AssigneeStationsPropertiesTest implements StationsContract {
    private static final AssigneeStations DISTINCT =
            AssigneeStations.of(StationDefinition.DEFAULT.withCounting(Counting.DISTINCT));

    @Override
    public Metric<Ticket, Frequencies<Integer>> metric() {
        return AssigneeStations.defaults();
    }

    @Override
    public Metric<Ticket, Frequencies<Integer>> distinct() {
        return DISTINCT;
    }

    @Override
    public Function<Assignment, Optional<String>> station() {
        return Assignment::assignee;
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.FIRST_REPLIER;
    }
}
