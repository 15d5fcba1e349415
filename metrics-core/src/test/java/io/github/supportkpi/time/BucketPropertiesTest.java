package io.github.supportkpi.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Properties of {@link Bucket} over random instants in zones whose offsets change by whole hours and by half an hour. */
class BucketPropertiesTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Apia"),
            ZoneId.of("Australia/Lord_Howe"));

    private static Gen<ZoneId> zones() {
        return integers().between(0, ZONES.size() - 1).map(ZONES::get);
    }

    private static Gen<Granularity> granularities() {
        return integers().between(0, Granularity.values().length - 1).map(i -> Granularity.values()[i]);
    }

    @Test
    void should_place_an_instant_in_the_start_and_end_of_its_bucket() {
        qt().forAll(CalendarScenario.instants(), granularities(), zones()).check((t, g, zone) -> {
            Bucket b = Bucket.of(t, g, zone);
            return b.contains(t) && !b.start().isAfter(t) && t.isBefore(b.end()) && b.granularity() == g;
        });
    }

    @Test
    void should_tile_time_with_next_and_previous() {
        qt().forAll(CalendarScenario.instants(), granularities(), zones()).check((t, g, zone) -> {
            Bucket b = Bucket.of(t, g, zone);
            return b.next().start().equals(b.end()) && b.next().previous().equals(b) && b.compareTo(b.next()) < 0;
        });
    }

    @Test
    void should_coarsen_like_bucketing_directly() {
        qt().forAll(CalendarScenario.instants(), granularities(), granularities(), zones()).check((t, fine, coarse, zone) ->
                !coarse.contains(fine)
                        || Bucket.of(t, fine, zone).coarsen(coarse).equals(Bucket.of(t, coarse, zone)));
    }

    @Test
    void should_cover_a_range_with_contiguous_buckets() {
        qt().forAll(CalendarScenario.instants(), integers().between(0, 2000), granularities(), zones())
                .check((from, hours, g, zone) -> {
                    Instant to = from.plusSeconds(hours * 3600L);
                    List<Bucket> buckets = Bucket.covering(from, to, g, zone);
                    boolean contiguous = true;
                    for (int i = 0; i + 1 < buckets.size(); i++) {
                        contiguous &= buckets.get(i).end().equals(buckets.get(i + 1).start());
                    }
                    return from.equals(to) ? buckets.isEmpty()
                            : contiguous && buckets.get(0).contains(from)
                                    && buckets.get(buckets.size() - 1).contains(to.minusNanos(1));
                });
    }

    record Cut(Granularity granularity, ZoneId zone) {}

    @Test
    void should_find_the_bucket_of_an_instant_in_a_range_as_bucketing_it_does() {
        Gen<Cut> cuts = granularities().zip(zones(), Cut::new);
        qt().forAll(CalendarScenario.instants(), integers().between(0, 2000), integers().between(-6000, 126_000), cuts)
                .check((from, hours, minutes, cut) -> {
                    Instant to = from.plusSeconds(hours * 3600L);
                    Instant t = from.plusSeconds(minutes * 60L + 7);
                    BucketRange range = BucketRange.of(from, to, cut.granularity(), cut.zone());
                    int i = range.indexOf(t);
                    boolean inRange = !t.isBefore(from) && t.isBefore(to);
                    return inRange ? i >= 0 && range.buckets().get(i).equals(Bucket.of(t, cut.granularity(), cut.zone()))
                            && range.indexOf(range.buckets().get(i)) == i
                            : i == -1;
                });
    }

    /** Instants within four hours of a change of offset of Lord Howe Island (half an hour) in 2010-2026. */
    private static Gen<Instant> nearHalfHourChanges() {
        ZoneRules rules = ZoneId.of("Australia/Lord_Howe").getRules();
        List<Instant> changes = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(Instant.parse("2010-01-01T00:00:00Z"));
                t.getInstant().isBefore(Instant.parse("2027-01-01T00:00:00Z"));
                t = rules.nextTransition(t.getInstant())) {
            changes.add(t.getInstant());
        }
        return integers().between(0, changes.size() - 1).zip(integers().between(-4 * 3600, 4 * 3600),
                (i, seconds) -> changes.get(i).plusSeconds(seconds));
    }

    @Test
    void should_tile_time_with_hours_next_to_a_half_hour_change_of_offset() {
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        qt().forAll(nearHalfHourChanges(), integers().between(1, 12)).check((t, hours) -> {
            Bucket b = Bucket.of(t, Granularity.HOUR, lordHowe);
            List<Bucket> covered = Bucket.covering(t, t.plusSeconds(hours * 3600L), Granularity.HOUR, lordHowe);
            boolean contiguous = true;
            for (int i = 0; i + 1 < covered.size(); i++) {
                Bucket x = covered.get(i);
                contiguous &= x.end().equals(covered.get(i + 1).start()) && x.end().isAfter(x.start())
                        && Bucket.of(x.end().minusNanos(1), Granularity.HOUR, lordHowe).equals(x);
            }
            return b.contains(t) && b.next().start().equals(b.end()) && b.next().previous().equals(b)
                    && covered.get(0).equals(b) && contiguous && covered.size() <= hours + 2;
        });
    }
}
