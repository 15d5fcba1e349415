package io.github.supportkpi.wire;

import io.github.supportkpi.business.CostPerResolution;
import io.github.supportkpi.business.CostPerUnit;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FcrDefinition;
import io.github.supportkpi.quality.FcrEligibility;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.OneTouchResolution;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.wire.WireSamples.Sample;
import io.github.supportkpi.workload.TicketVolume;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.supportkpi.wire.WireBytes.concat;
import static io.github.supportkpi.wire.WireBytes.fingerprint;
import static io.github.supportkpi.wire.WireBytes.jsonString;
import static io.github.supportkpi.wire.WireBytes.sealed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Examples of the stored form: exact bytes and text worked out from the layout, a round trip of every tally
 * type, identity, versions and the header.
 */
class TallyFormatTest {
    private static final TallyFormat FORMAT = TallyFormat.standard();
    private static final Metric<Ticket, Ratio> FCR = FirstContactResolution.defaults();
    private static final Metric<Ticket, Ratio> FCR_WITHOUT_BILLING =
            FirstContactResolution.of(new FcrDefinition(FcrEligibility.excludingCategories("billing"),
                    FcrDefinition.DEFAULT.criteria()));
    private static final Metric<Ticket, Count> VOLUME = TicketVolume.defaults();

    /** The binary form of FCR's Ratio 3 / 300 at a given minor version, with extra bytes in and after the tally. */
    private static byte[] fcrRatio(int minor, byte[] inBody, byte[] afterTally) {
        return sealed(concat("SKPT", 1, minor, 8, "fcr.rate", fingerprint(FCR),
                5, "ratio", 3 + inBody.length, 0x03, 0xAC, 0x02, inBody, afterTally));
    }

    @Test
    void should_write_a_ratio_as_the_layout_says_byte_by_byte() {
        // GIVEN 3 first-contact resolutions of 300 eligible tickets
        Ratio ratio = Ratio.of(3, 300);
        // WHEN stored
        byte[] bytes = FORMAT.toBytes(FCR, ratio);
        // THEN magic, version 1.1, the id "fcr.rate" (8 bytes), the fingerprint, the tag "ratio", a body of three
        // bytes (3; 300 = 0b10_0101100 as the varint 0xAC 0x02) and the CRC-32C of all that, big-endian
        byte[] expected = sealed(concat(0x53, 0x4B, 0x50, 0x54, 0x01, 0x01, 0x08, "fcr.rate", fingerprint(FCR),
                0x05, "ratio", 0x03, 0x03, 0xAC, 0x02));
        assertThat(bytes).containsExactly(expected);
        assertThat(bytes).hasSize(4 + 2 + 9 + 8 + 6 + 1 + 3 + 4);
        assertThat(FORMAT.fromBytes(FCR, bytes)).isEqualTo(ratio);
    }

    @Test
    void should_write_a_count_as_the_layout_says_byte_by_byte() {
        // GIVEN 150 tickets, and the largest count
        // WHEN stored
        byte[] small = FORMAT.toBytes(VOLUME, Count.of(150));
        byte[] largest = FORMAT.toBytes(VOLUME, Count.of(Long.MAX_VALUE));
        // THEN 150 = 0b1_0010110 is the varint 0x96 0x01; 2^63 - 1 is nine groups of seven bits: eight 0xFF and 0x7F
        byte[] head = concat("SKPT", 1, 1, 13, "ticket.volume", fingerprint(VOLUME), 5, "count");
        assertThat(small).containsExactly(sealed(concat(head, 2, 0x96, 0x01)));
        assertThat(largest).containsExactly(sealed(concat(head, 9, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F)));
        assertThat(FORMAT.fromBytes(VOLUME, largest)).isEqualTo(Count.of(Long.MAX_VALUE));
    }

    @Test
    void should_write_the_json_of_a_count_exactly() {
        // GIVEN 150 tickets
        MetricIdentity id = MetricIdentity.of(VOLUME);
        // WHEN stored as JSON
        String json = FORMAT.toJson(VOLUME, Count.of(150));
        // THEN one line with the format, version, identity and the tally's type and value
        assertThat(json).isEqualTo("{\"format\":\"supportkpi-tally\",\"version\":\"1.1\",\"metric\":\"ticket.volume\","
                + "\"fingerprint\":\"" + id.fingerprint() + "\",\"definition\":" + jsonString(id.definition())
                + ",\"tally\":{\"type\":\"count\",\"value\":150}}");
        assertThat(FORMAT.fromJson(VOLUME, json)).isEqualTo(Count.of(150));
    }

    static List<Sample<?>> samples() {
        return WireSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    <S extends Tally<S>> void should_read_back_every_tally_type_equal_from_both_forms(Sample<S> sample) {
        // GIVEN a tally of every type, built from its parts
        Metric<?, S> m = sample.metric();
        S tally = sample.tally();
        // WHEN stored and read back in each form
        S fromBytes = FORMAT.fromBytes(m, FORMAT.toBytes(m, tally));
        S fromJson = FORMAT.fromJson(m, FORMAT.toJson(m, tally));
        // THEN both equal the tally, and store again as they were
        assertThat(fromBytes).isEqualTo(tally).hasSameHashCodeAs(tally);
        assertThat(fromJson).isEqualTo(tally).hasSameHashCodeAs(tally);
        assertThat(FORMAT.toBytes(m, fromJson)).containsExactly(FORMAT.toBytes(m, tally));
        assertThat(FORMAT.toJson(m, fromBytes)).isEqualTo(FORMAT.toJson(m, tally));
        assertThat(fromBytes.sampleSize()).isEqualTo(tally.sampleSize());
    }

    @Test
    void should_keep_the_extremes_of_a_sketch_from_zero_to_the_longest_duration() {
        // GIVEN a sketch of 0 ns, 1 ns, 999 ns, 90 min, 400 days and 2^63 - 1 ns (about 292 years)
        Metric<Ticket, DurationStats> sketch = FirstResponseTime.defaults()
                .withSummary(DurationStats.Summary.SKETCH);
        DurationStats stats = WireSamples.wideSketch();
        // WHEN read back from both forms
        DurationStats b = FORMAT.fromBytes(sketch, FORMAT.toBytes(sketch, stats));
        DurationStats j = FORMAT.fromJson(sketch, FORMAT.toJson(sketch, stats));
        // THEN the exact minimum, maximum and sum are kept, and the unmeasured record
        for (DurationStats s : List.of(b, j)) {
            assertThat(s.summary()).isEqualTo(DurationStats.Summary.SKETCH);
            assertThat(s.min()).contains(Duration.ZERO);
            assertThat(s.max()).contains(Duration.ofNanos(Long.MAX_VALUE));
            assertThat(s.count()).isEqualTo(6);
            assertThat(s.unmeasured()).isEqualTo(1);
            assertThat(s.sum()).isEqualTo(Duration.ofNanos(Long.MAX_VALUE).plusNanos(1 + 999)
                    .plusMinutes(90).plusDays(400));
        }
    }

    @Test
    void should_keep_the_scale_of_a_decimal() {
        // GIVEN costs whose scale matters: 1.2E+3 (scale -2, as a cost keeps 1200.00) and 29 significant digits
        Metric<Ticket, CostPerUnit> m = CostPerResolution.defaults();
        CostPerUnit round = CostPerUnit.of(new BigDecimal("1200.00"), 7);
        CostPerUnit fine = CostPerUnit.of(new BigDecimal("12345678901234567890.123456789"), 3);
        // WHEN read back
        // THEN value and scale are those of the tally
        for (CostPerUnit t : List.of(round, fine)) {
            BigDecimal b = FORMAT.fromBytes(m, FORMAT.toBytes(m, t)).cost();
            BigDecimal j = FORMAT.fromJson(m, FORMAT.toJson(m, t)).cost();
            assertThat(b.scale()).isEqualTo(t.cost().scale());
            assertThat(j.scale()).isEqualTo(t.cost().scale());
            assertThat(b.unscaledValue()).isEqualTo(t.cost().unscaledValue());
            assertThat(j.unscaledValue()).isEqualTo(t.cost().unscaledValue());
        }
        assertThat(FORMAT.fromJson(m, FORMAT.toJson(m, round)).cost().scale()).isEqualTo(-2);
        assertThat(FORMAT.toJson(m, round)).contains("\"cost\":\"1.2E+3\"");
    }

    @Test
    void should_refuse_a_tally_of_the_same_metric_with_other_knobs_naming_both_definitions() {
        // GIVEN FCR over every ticket, stored
        byte[] bytes = FORMAT.toBytes(FCR, Ratio.of(3, 5));
        String json = FORMAT.toJson(FCR, Ratio.of(3, 5));
        String stored = MetricIdentity.of(FCR).fingerprint();
        String wanted = MetricIdentity.of(FCR_WITHOUT_BILLING).fingerprint();
        assertThat(stored).isNotEqualTo(wanted);
        // WHEN read by FCR that leaves billing tickets out
        // THEN refused, naming the id, both fingerprints and why
        for (Runnable read : List.<Runnable>of(() -> FORMAT.fromBytes(FCR_WITHOUT_BILLING, bytes),
                () -> FORMAT.fromJson(FCR_WITHOUT_BILLING, json))) {
            assertThatThrownBy(read::run).isInstanceOf(TallyFormatException.class)
                    .hasMessageContaining("fcr.rate [" + stored + "]")
                    .hasMessageContaining("not of fcr.rate [" + wanted + "]")
                    .hasMessageContaining("definitions differ");
        }
    }

    @Test
    void should_refuse_a_tally_of_another_metric_naming_both() {
        // GIVEN FCR stored
        byte[] bytes = FORMAT.toBytes(FCR, Ratio.of(3, 5));
        String json = FORMAT.toJson(FCR, Ratio.of(3, 5));
        Metric<Ticket, Ratio> oneTouch = OneTouchResolution.defaults();
        // WHEN read as the one-touch rate, another ratio
        // THEN refused, naming both
        assertThatThrownBy(() -> FORMAT.fromBytes(oneTouch, bytes)).isInstanceOf(TallyFormatException.class)
                .hasMessageContaining("stored tally is of fcr.rate [" + MetricIdentity.of(FCR).fingerprint() + "]")
                .hasMessageContaining("not of " + MetricIdentity.of(oneTouch));
        assertThatThrownBy(() -> FORMAT.fromJson(oneTouch, json)).isInstanceOf(TallyFormatException.class)
                .hasMessageContaining("fcr.rate").hasMessageContaining("one.touch.rate");
    }

    @Test
    void should_refuse_a_stored_tally_of_another_type_than_the_metrics() {
        // GIVEN FCR's ratio stored with the tag "count" instead of "ratio" (same length, checksum recomputed)
        byte[] bytes = fcrRatio(0, new byte[0], new byte[0]);
        int tag = WireBytes.indexOf(bytes, "ratio".getBytes(StandardCharsets.US_ASCII), 0);
        byte[] retagged = bytes.clone();
        System.arraycopy("count".getBytes(StandardCharsets.US_ASCII), 0, retagged, tag, 5);
        String json = FORMAT.toJson(FCR, Ratio.of(3, 300)).replace("\"type\":\"ratio\"", "\"type\":\"count\"");
        // WHEN read
        // THEN refused: the metric's type is "ratio"
        assertThatThrownBy(() -> FORMAT.fromBytes(FCR, WireBytes.resealed(retagged)))
                .isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally.type: must be \"ratio\", the metric's tally type: \"count\"");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, json)).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally.type: must be \"ratio\", the metric's tally type: \"count\"");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void should_refuse_to_write_a_tally_that_is_not_one_of_the_metrics() {
        // GIVEN FCR by channel, and a tally by priority
        Metric byChannel = FCR.by(TicketDimensions.CHANNEL);
        Segmented<?, Ratio> byPriority = FCR.by(TicketDimensions.PRIORITY).over(List.of());
        // WHEN stored as the metric's, or a count as FCR's
        // THEN refused, naming the metric
        assertThatThrownBy(() -> FORMAT.toBytes(byChannel, byPriority)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fcr.rate");
        assertThatThrownBy(() -> FORMAT.toJson((Metric) FCR, Count.of(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fcr.rate").hasMessageContaining("Ratio").hasMessageContaining("Count");
    }

    @Test
    void should_refuse_a_newer_major_version_saying_the_version() {
        // GIVEN FCR's ratio with the major version byte set to 2, checksum recomputed, and "2.0" in JSON
        byte[] bytes = FORMAT.toBytes(FCR, Ratio.of(3, 300));
        bytes[4] = 2;
        byte[] v2 = WireBytes.resealed(bytes);
        String json = FORMAT.toJson(FCR, Ratio.of(3, 300)).replace("\"version\":\"1.1\"", "\"version\":\"2.0\"");
        // WHEN read
        // THEN refused with the version, whether or not the checksum matches
        for (byte[] b : List.of(v2, bytes)) {
            assertThatThrownBy(() -> FORMAT.fromBytes(FCR, b)).isInstanceOf(TallyFormatException.class)
                    .hasMessageContaining("version 2.1").hasMessageContaining("reads versions 1.x");
        }
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, json)).isInstanceOf(TallyFormatException.class)
                .hasMessageContaining("version 2.0").hasMessageContaining("reads versions 1.x");
        assertThatThrownBy(() -> FORMAT.header(v2)).isInstanceOf(TallyFormatException.class)
                .hasMessageContaining("version 2.1");
    }

    @Test
    void should_refuse_a_version_below_one() {
        byte[] bytes = FORMAT.toBytes(FCR, Ratio.of(3, 300));
        bytes[4] = 0;
        assertThatThrownBy(() -> FORMAT.fromBytes(FCR, WireBytes.resealed(bytes))).isInstanceOf(TallyFormatException.class)
                .hasMessageContaining("unknown format version 0.1");
        String json = FORMAT.toJson(FCR, Ratio.of(3, 300)).replace("\"version\":\"1.1\"", "\"version\":\"0.9\"");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, json)).isInstanceOf(TallyFormatException.class)
                .hasMessageContaining("unknown format version 0.9");
    }

    @Test
    void should_read_what_a_newer_minor_version_adds_by_skipping_it() {
        // GIVEN FCR's ratio at minor version 2 with two bytes more in its body and one after the tally
        byte[] extra = {0x7F, 0x01};
        byte[] v12 = fcrRatio(2, extra, new byte[] {0x00});
        byte[] v11 = fcrRatio(1, extra, new byte[0]);
        byte[] v11After = fcrRatio(1, new byte[0], new byte[] {0x00});
        // WHEN read
        // THEN version 1.2 reads as the ratio; at 1.1 the same bytes are refused as unread
        assertThat(FORMAT.fromBytes(FCR, v12)).isEqualTo(Ratio.of(3, 300));
        assertThat(FORMAT.header(v12).minor()).isEqualTo(2);
        assertThatThrownBy(() -> FORMAT.fromBytes(FCR, v11)).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally: 2 bytes left unread in the ratio tally");
        assertThatThrownBy(() -> FORMAT.fromBytes(FCR, v11After)).isInstanceOf(TallyFormatException.class)
                .hasMessage("1 bytes left unread after the tally");
    }

    @Test
    void should_read_json_of_a_newer_minor_version_skipping_its_new_fields() {
        // GIVEN FCR's ratio as JSON of version 1.2 with a new member in the document and in the tally
        String json = FORMAT.toJson(FCR, Ratio.of(3, 300));
        String added = json.replace("\"tally\":{", "\"writtenBy\":{\"name\":\"x\"},\"tally\":{\"weight\":[1,2],");
        String v12 = added.replace("\"version\":\"1.1\"", "\"version\":\"1.2\"");
        // WHEN read
        // THEN 1.2 reads as the ratio; at 1.1 the new members are unknown fields
        assertThat(FORMAT.fromJson(FCR, v12)).isEqualTo(Ratio.of(3, 300));
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, added)).isInstanceOf(TallyFormatException.class)
                .hasMessageMatching("document\\.(tally\\.weight|writtenBy): unknown field");
        String inTally = json.replace("\"tally\":{", "\"tally\":{\"weight\":[1,2],");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, inTally)).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally.weight: unknown field");
    }

    @Test
    void should_read_nested_additions_of_a_newer_minor_version() {
        // GIVEN FCR by channel at 1.2, with a new member in a segment and in a segment's tally
        Sample<?> sample = WireSamples.named("segmented-channel");
        @SuppressWarnings("unchecked")
        Sample<Segmented<Channel, Ratio>> s =
                (Sample<Segmented<Channel, Ratio>>) sample;
        String json = FORMAT.toJson(s.metric(), s.tally()).replace("\"version\":\"1.1\"", "\"version\":\"1.2\"")
                .replace("{\"key\":", "{\"note\":true,\"key\":").replace("\"type\":\"ratio\",", "\"type\":\"ratio\",\"n\":0,");
        assertThat(json).contains("\"note\":true").contains("\"n\":0");
        // WHEN read
        // THEN the tally as written
        assertThat(FORMAT.fromJson(s.metric(), json)).isEqualTo(s.tally());
    }

    @Test
    void should_read_the_header_of_both_forms() {
        // GIVEN FCR's ratio stored
        MetricIdentity id = MetricIdentity.of(FCR);
        byte[] bytes = FORMAT.toBytes(FCR, Ratio.of(3, 300));
        String json = FORMAT.toJson(FCR, Ratio.of(3, 300));
        // WHEN their headers are read, without a metric
        TallyFormat.Header b = FORMAT.header(bytes);
        TallyFormat.Header j = FORMAT.header(json);
        // THEN version, id, fingerprint and type; the definition is in JSON only; the binary tally starts after
        // magic (4), versions (2), id (1 + 8) and fingerprint (8)
        assertThat(b).isEqualTo(new TallyFormat.Header(1, 1, "fcr.rate", id.fingerprint(), "ratio", Optional.empty(), 23));
        assertThat(j).isEqualTo(new TallyFormat.Header(1, 1, "fcr.rate", id.fingerprint(), "ratio",
                Optional.of(id.definition()), -1));
        assertThat(FORMAT.header(FORMAT.toBytes(WireSamples.set(), WireSamples.set().over(List.of()))).type())
                .isEqualTo("tallies");
    }

    @Test
    void should_refuse_bytes_that_are_not_a_stored_tally() {
        assertThatThrownBy(() -> FORMAT.fromBytes(FCR, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0}))
                .isInstanceOf(TallyFormatException.class)
                .hasMessage("not a stored supportkpi tally: the binary form starts with \"SKPT\", these 10 bytes start"
                        + " with 0x504b0304");
        assertThatThrownBy(() -> FORMAT.fromBytes(FCR, new byte[0])).isInstanceOf(TallyFormatException.class)
                .hasMessageContaining("these 0 bytes");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, "[1]")).isInstanceOf(TallyFormatException.class)
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, FORMAT.toJson(FCR, Ratio.EMPTY).replace("supportkpi-tally", "x")))
                .isInstanceOf(TallyFormatException.class).hasMessage("document.format: must be \"supportkpi-tally\": the string \"x\"");
    }

    @Test
    void should_merge_tallies_read_back_with_tallies_of_the_same_definition() {
        // GIVEN two days of FCR by channel, one stored as bytes, one as JSON
        @SuppressWarnings("unchecked")
        Sample<Segmented<Channel, Ratio>> s =
                (Sample<Segmented<Channel, Ratio>>) WireSamples.named("segmented-channel");
        Segmented<Channel, Ratio> day = s.tally();
        Segmented<Channel, Ratio> other = Segmented.of("channel", Ratio.EMPTY,
                Map.of(Channel.EMAIL, Ratio.of(1, 1)), Ratio.EMPTY);
        // WHEN read back and merged
        Segmented<Channel, Ratio> merged = FORMAT.fromBytes(s.metric(),
                FORMAT.toBytes(s.metric(), day)).plus(FORMAT.fromJson(s.metric(), FORMAT.toJson(s.metric(), other)));
        // THEN email is 3 of 4, the total 4 of 6
        assertThat(merged.get(Channel.EMAIL)).isEqualTo(Ratio.of(3, 4));
        assertThat(merged.total()).isEqualTo(Ratio.of(4, 6));
    }
}
