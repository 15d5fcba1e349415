package io.github.supportkpi.metric;

import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.ElapsedTime;
import io.github.supportkpi.time.Granularity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The canonical text of each kind of value a definition holds, and the parts it refuses. */
class DefinitionTextTest {
    /** A definition of the test's own, as a user would write one. */
    public record Window(String name, Duration length, Set<Status> statuses, Optional<Instant> asOf) {}

    /** A record nested in another, named {@code Outer.Inner}. */
    public static final class Outer {
        /** The inner record. */
        public record Inner(int n) {}

        /** An enum with a constant that has a body. */
        public enum Mode {
            PLAIN,
            SPECIAL {
                @Override
                public String toString() {
                    return "special";
                }
            }
        }
    }

    /** A class of the test's own that states its parts. */
    public static final class WorkingHours implements ElapsedTime, Definable {
        private final ZoneId zone;
        private final int hours;

        WorkingHours(ZoneId zone, int hours) {
            this.zone = zone;
            this.hours = hours;
        }

        @Override
        public long nanosBetween(Instant start, Instant end) {
            return 0;
        }

        @Override
        public Map<String, ?> definingParts() {
            return Map.of("zone", zone, "hours", hours);
        }
    }

    @Test
    void should_write_scalars_in_their_canonical_forms() {
        assertThat(DefinitionText.of(null)).isEqualTo("null");
        assertThat(DefinitionText.of(true)).isEqualTo("true");
        assertThat(DefinitionText.of(-42)).isEqualTo("-42");
        assertThat(DefinitionText.of(7L)).isEqualTo("7");
        assertThat(DefinitionText.of(new BigInteger("123456789012345678901234567890")))
                .isEqualTo("123456789012345678901234567890");
        assertThat(DefinitionText.of(0.25)).isEqualTo("0.25");
        assertThat(DefinitionText.of(1e21)).isEqualTo("1.0E21");
        assertThat(DefinitionText.of(2.5f)).isEqualTo("2.5");
        assertThat(DefinitionText.of('x')).isEqualTo("\"x\"");
        assertThat(DefinitionText.of(Duration.ofHours(24))).isEqualTo("PT24H");
        assertThat(DefinitionText.of(Instant.parse("2024-03-01T10:00:00Z"))).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(DefinitionText.of(LocalDate.of(2024, 12, 25))).isEqualTo("2024-12-25");
        assertThat(DefinitionText.of(LocalTime.of(9, 30))).isEqualTo("09:30");
        assertThat(DefinitionText.of(LocalDateTime.of(2024, 12, 24, 12, 0))).isEqualTo("2024-12-24T12:00");
        assertThat(DefinitionText.of(ZoneId.of("Europe/Paris"))).isEqualTo("\"Europe/Paris\"");
        assertThat(DefinitionText.of(ZoneOffset.UTC)).isEqualTo("\"Z\"");
        assertThat(DefinitionText.of(ElapsedTime.CALENDAR)).isEqualTo("ElapsedTime.CALENDAR");
    }

    @Test
    void should_keep_the_scale_of_a_big_decimal() {
        assertThat(DefinitionText.of(new BigDecimal("1.0"))).isEqualTo("1.0");
        assertThat(DefinitionText.of(new BigDecimal("1.00"))).isEqualTo("1.00");
        assertThat(DefinitionText.of(new BigDecimal("1.0"))).isNotEqualTo(DefinitionText.of(new BigDecimal("1.00")));
    }

    @Test
    void should_quote_strings_and_escape_what_would_break_the_line() {
        assertThat(DefinitionText.of("plain")).isEqualTo("\"plain\"");
        assertThat(DefinitionText.of("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
        assertThat(DefinitionText.of("a\nb\tc\rd\u0001e\u2028f")).isEqualTo("\"a\\nb\\tc\\rd\\u0001e\\u2028f\"");
        assertThat(DefinitionText.of("Zürich €")).isEqualTo("\"Zürich €\"");
        assertThat(DefinitionText.of("\ud83d\ude00 and \ud83d")).isEqualTo("\"\ud83d\ude00 and \\ud83d\"");
        assertThat(DefinitionText.of("42")).isNotEqualTo(DefinitionText.of(42));
    }

    @Test
    void should_name_enums_by_their_class_nested_classes_by_their_outer_class() {
        assertThat(DefinitionText.of(Status.PENDING)).isEqualTo("Status.PENDING");
        assertThat(DefinitionText.of(DurationStats.Summary.SKETCH)).isEqualTo("DurationStats.Summary.SKETCH");
        assertThat(DefinitionText.of(Outer.Mode.SPECIAL)).isEqualTo("DefinitionTextTest.Outer.Mode.SPECIAL");
        assertThat(DefinitionText.of(DayOfWeek.MONDAY)).isEqualTo("DayOfWeek.MONDAY");
        assertThat(DefinitionText.of(new Outer.Inner(3))).isEqualTo("DefinitionTextTest.Outer.Inner[n=3]");
    }

    @Test
    void should_write_optionals_lists_in_order_sets_and_maps_sorted() {
        assertThat(DefinitionText.of(Optional.empty())).isEqualTo("Optional.empty");
        assertThat(DefinitionText.of(Optional.of("a"))).isEqualTo("Optional[\"a\"]");
        assertThat(DefinitionText.of(OptionalInt.of(3))).isEqualTo("Optional[3]");
        assertThat(DefinitionText.of(OptionalLong.empty())).isEqualTo("Optional.empty");
        assertThat(DefinitionText.of(OptionalDouble.of(0.5))).isEqualTo("Optional[0.5]");
        assertThat(DefinitionText.of(List.of(3, 1, 2))).isEqualTo("[3, 1, 2]");
        assertThat(DefinitionText.of(new int[] {3, 1})).isEqualTo("[3, 1]");
        assertThat(DefinitionText.of(Set.of("b", "c", "a"))).isEqualTo("{\"a\", \"b\", \"c\"}");
        assertThat(DefinitionText.of(EnumSet.of(InteractionKind.CHAT, InteractionKind.CALL)))
                .isEqualTo("{InteractionKind.CALL, InteractionKind.CHAT}");
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", 2);
        assertThat(DefinitionText.of(map)).isEqualTo("{\"a\"=2, \"z\"=1}").isEqualTo(DefinitionText.of(new TreeMap<>(map)));
    }

    @Test
    void should_write_a_record_by_every_component_in_order() {
        Window w = new Window("queue", Duration.ofMinutes(90), EnumSet.of(Status.PENDING, Status.NEW),
                Optional.of(Instant.parse("2024-03-01T00:00:00Z")));
        assertThat(DefinitionText.of(w)).isEqualTo("DefinitionTextTest.Window[name=\"queue\", length=PT1H30M,"
                + " statuses={Status.NEW, Status.PENDING}, asOf=Optional[2024-03-01T00:00:00Z]]");
    }

    @Test
    void should_write_a_definable_by_its_parts_sorted_by_name() {
        assertThat(DefinitionText.of(new WorkingHours(ZoneId.of("Asia/Tokyo"), 8)))
                .isEqualTo("DefinitionTextTest.WorkingHours[hours=8, zone=\"Asia/Tokyo\"]");
    }

    @Test
    void should_write_a_business_calendar_by_zone_intervals_holidays_closures_and_openings() {
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("Europe/Paris"))
                .interval(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .interval(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                .allDay(DayOfWeek.SUNDAY)
                .holiday(LocalDate.of(2024, 12, 25)).holiday(LocalDate.of(2024, 5, 1))
                .closed(Instant.parse("2024-03-01T10:00:00Z"), Instant.parse("2024-03-01T12:00:00Z"))
                .open(Instant.parse("2024-03-02T10:00:00Z"), Instant.parse("2024-03-02T11:00:00Z"))
                .build();
        assertThat(DefinitionText.of(calendar)).isEqualTo("BusinessCalendar[zone=\"Europe/Paris\", intervals=["
                + "MONDAY 22:00-06:00, TUESDAY 09:00-12:00, SUNDAY 00:00-24:00], holidays={2024-05-01, 2024-12-25},"
                + " closures=[2024-03-01T10:00:00Z/2024-03-01T12:00:00Z],"
                + " openings=[2024-03-02T10:00:00Z/2024-03-02T11:00:00Z]]");
    }

    @Test
    void should_write_ranges_dimensions_and_metrics() {
        BucketRange range = BucketRange.of(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z"),
                Granularity.WEEK, ZoneId.of("Europe/Berlin"));
        assertThat(DefinitionText.of(range)).isEqualTo("BucketRange[from=2024-03-01T00:00:00Z, to=2024-04-01T00:00:00Z,"
                + " granularity=Granularity.WEEK, zone=\"Europe/Berlin\"]");
        assertThat(DefinitionText.of(TicketDimensions.CHANNEL)).isEqualTo("Dimension[\"channel\"]");
        assertThat(DefinitionText.of(Dimension.<Ticket, String>of("inner", new KeyOf(2))))
                .isEqualTo("Dimension[\"inner\", DefinitionTextTest.KeyOf[n=2]]");
        Metric<Ticket, Count> m = Metric.of("my.count", "every ticket", Count.ZERO, () -> null);
        assertThat(DefinitionText.of(m)).isEqualTo("Metric[id=\"my.count\", definition=every ticket]");
    }

    /** A key function that is a record: named by its components. */
    public record KeyOf(int n) implements Function<Ticket, String> {
        @Override
        public String apply(Ticket t) {
            return t.id().substring(0, Math.min(n, t.id().length()));
        }
    }

    @Test
    void should_refuse_a_lambda_naming_its_class_and_where_it_sits() {
        Predicate<Ticket> lambda = t -> true;
        Window w = new Window("w", Duration.ZERO, Set.of(), Optional.empty());
        record Holder(Window window, List<Object> parts) {}
        assertThatThrownBy(() -> DefinitionText.of(new Holder(w, List.of("a", lambda))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("definition part Holder.parts[1] is a lambda or method reference ("
                        + lambda.getClass().getName() + "), which has no stable name: make it a record, an enum or a"
                        + " class implementing io.github.supportkpi.metric.Definable");
        assertThatThrownBy(() -> DefinitionText.of(lambda)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("definition part (the definition itself) is a lambda");
        ElapsedTime time = (a, b) -> 0;
        assertThatThrownBy(() -> DefinitionText.of(Map.of("time", time))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("definition part {\"time\"} is a lambda")
                .hasMessageEndingWith("(an ElapsedTime is named as ElapsedTime.CALENDAR or a BusinessCalendar)");
    }

    @Test
    void should_refuse_unknown_classes_anonymous_definables_and_unordered_collections() {
        assertThatThrownBy(() -> DefinitionText.of(List.of(new StringBuilder("x"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("definition part [0] is a java.lang.StringBuilder, which has no stable name");
        Definable anonymous = new Definable() {
            @Override
            public Map<String, ?> definingParts() {
                return Map.of();
            }
        };
        assertThatThrownBy(() -> DefinitionText.of(anonymous)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("an anonymous class (" + anonymous.getClass().getName() + ")")
                .hasMessageContaining("a Definable without a class name");
        assertThatThrownBy(() -> DefinitionText.of(new PriorityQueue<>(List.of(1, 2))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a collection of unknown order (java.util.PriorityQueue): give a List or a Set");
    }

    @Test
    void should_refuse_a_definition_that_contains_itself() {
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThatThrownBy(() -> DefinitionText.of(cycle)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is nested more than 64 deep: a definition must not contain itself");
    }

    @Test
    void should_tell_apart_values_a_set_or_a_list_holds() {
        assertThat(DefinitionText.of(List.of(1, 2))).isNotEqualTo(DefinitionText.of(List.of(2, 1)));
        assertThat(DefinitionText.of(new LinkedHashSet<>(List.of(1, 2))))
                .isEqualTo(DefinitionText.of(new LinkedHashSet<>(List.of(2, 1))));
        assertThat(DefinitionText.of(List.of("a, b"))).isNotEqualTo(DefinitionText.of(List.of("a", "b")));
        assertThat(DefinitionText.of(Set.of(1, 2))).isNotEqualTo(DefinitionText.of(List.of(1, 2)));
    }
}
