package io.github.supportkpi.domain;

import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A help desk's own status names: mapped onto kinds by the user, kept beside the kind, segmentable. */
class StatusNamesTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private static final StatusNames DESK = StatusNames.standard()
            .with("Escalated", Status.OPEN)
            .with("Waiting for vendor", Status.ON_HOLD);

    @Test
    void should_map_a_products_own_status_onto_a_kind_and_keep_its_name() {
        Ticket t = Ticket.builder("T-1", T0).status("Escalated", DESK).build();

        assertThat(t.status()).isEqualTo(Status.OPEN);
        assertThat(t.statusName()).contains("Escalated");
    }

    @Test
    void should_keep_two_names_of_one_kind_apart_when_segmenting_by_the_source_name() {
        // GIVEN three open tickets: two "Escalated", one "In Progress", and one without a name
        List<Ticket> tickets = List.of(
                Ticket.builder("T-1", T0).status("Escalated", DESK).build(),
                Ticket.builder("T-2", T0).status(" Escalated ", DESK).build(),
                Ticket.builder("T-3", T0).status("In Progress", DESK).build(),
                Ticket.builder("T-4", T0).status(Status.OPEN).build());

        // WHEN counted by status kind and by source name
        Segmented<Status, Count> byKind = TicketVolume.defaults().by(TicketDimensions.STATUS).over(tickets);
        Segmented<String, Count> byName = TicketVolume.defaults().by(TicketDimensions.STATUS_NAME).over(tickets);

        // THEN the kind merges them, the source name keeps them apart, and the total is the same 4
        assertThat(byKind.segments()).containsOnlyKeys(Status.OPEN);
        assertThat(byKind.get(Status.OPEN).sampleSize()).isEqualTo(4);
        assertThat(byName.segments()).containsOnlyKeys("Escalated", "In Progress");
        assertThat(byName.get("Escalated").sampleSize()).isEqualTo(2);
        assertThat(byName.get("In Progress").sampleSize()).isEqualTo(1);
        assertThat(byName.absent().sampleSize()).isEqualTo(1);
        assertThat(byName.total()).isEqualTo(byKind.total());
    }

    @Test
    void should_take_the_status_name_from_the_last_status_change() {
        Ticket t = Ticket.builder("T-1", T0)
                .statusChange(DESK.change(T0.plusSeconds(60), "In Progress"))
                .statusChange(DESK.change(T0.plusSeconds(120), "Waiting for vendor"))
                .status(Status.ON_HOLD)
                .build();

        assertThat(t.statusName()).contains("Waiting for vendor");
        assertThat(t.statusHistory()).extracting(StatusChange::sourceName)
                .containsExactly(Optional.of("In Progress"), Optional.of("Waiting for vendor"));
        assertThat(t.toBuilder().build()).isEqualTo(t);
    }

    @Test
    void should_refuse_a_status_name_that_contradicts_the_last_status_change() {
        Ticket.Builder b = Ticket.builder("T-1", T0)
                .statusChange(DESK.change(T0.plusSeconds(60), "Escalated"))
                .status(Status.OPEN)
                .statusName("In Progress");

        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("statusName must be the source name of the last status change: ticket T-1,"
                        + " statusName \"In Progress\", last in history \"Escalated\"");
    }

    @Test
    void should_refuse_a_blank_status_name() {
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).statusName(" \t").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("statusName must not be blank: ticket T-1, \" \t\"");
        assertThatThrownBy(() -> DESK.with("  ", Status.OPEN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status name must not be blank: \"  \"");
    }

    @Test
    void should_refuse_an_unknown_name_naming_it_and_the_known_names() {
        assertThatThrownBy(() -> StatusNames.standard().kindOf("Escalated"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("status must be a known status name (assigned, closed, hold, in progress,")
                .hasMessageContaining("add others with StatusNames.with")
                .hasMessageEndingWith(": \"Escalated\"");
        assertThat(StatusNames.standard().find("Escalated")).isEmpty();
        assertThat(DESK.find("ESCALATED")).contains(Status.OPEN);
    }

    @Test
    void should_compare_names_after_one_normalisation() {
        assertThat(StatusNames.normalise("  In_Progress--Now ")).isEqualTo("in progress now");
        assertThat(DESK.kindOf("waiting-for_VENDOR")).isEqualTo(Status.ON_HOLD);
        assertThat(StatusNames.standard().kindOf("In Progress")).isEqualTo(Status.parse("in-progress"));
    }

    @Test
    void should_let_a_name_be_mapped_anew() {
        StatusNames names = StatusNames.standard().with("Resolved", Status.CLOSED);

        assertThat(names.kindOf("resolved")).isEqualTo(Status.CLOSED);
        assertThat(StatusNames.standard().kindOf("resolved")).isEqualTo(Status.SOLVED);
        assertThat(StatusNames.none().find("open")).isEmpty();
    }

    @Test
    void should_refuse_two_spellings_of_one_name_with_two_kinds_in_one_map() {
        Map<String, Status> names = new java.util.LinkedHashMap<>();
        names.put("On Hold", Status.ON_HOLD);
        names.put("on-hold", Status.PENDING);

        assertThatThrownBy(() -> StatusNames.none().with(names)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status names \"On Hold\" and \"on-hold\" are one name (\"on hold\") with two kinds:"
                        + " ON_HOLD and PENDING");
    }
}
