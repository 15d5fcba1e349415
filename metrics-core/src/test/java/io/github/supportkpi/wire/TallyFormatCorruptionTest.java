package io.github.supportkpi.wire;

import io.github.supportkpi.business.CostPerResolution;
import io.github.supportkpi.business.CostPerUnit;
import io.github.supportkpi.experience.NetPromoterScore;
import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.wire.WireSamples.Sample;
import io.github.supportkpi.workload.AgentWork;
import io.github.supportkpi.workload.Occupancy;
import io.github.supportkpi.workload.TicketVolume;
import io.github.supportkpi.workload.VolumeByCategory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.supportkpi.wire.WireBytes.concat;
import static io.github.supportkpi.wire.WireBytes.fingerprint;
import static io.github.supportkpi.wire.WireBytes.resealed;
import static io.github.supportkpi.wire.WireBytes.sealed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Corrupt stored tallies are refused with a {@link TallyFormatException} saying what is wrong. */
class TallyFormatCorruptionTest {
    private static final TallyFormat FORMAT = TallyFormat.standard();
    private static final FirstContactResolution FCR = FirstContactResolution.defaults();
    /** FCR 3 of 5 as JSON. */
    private static final String RATIO_JSON = FORMAT.toJson(FCR, Ratio.of(3, 5));

    static List<Sample<?>> samples() {
        return WireSamples.all();
    }

    private static <S extends Tally<S>> void assertRefused(Sample<S> s, byte[] bytes, String messagePattern) {
        Throwable t = catchThrowable(() -> FORMAT.fromBytes(s.metric(), bytes));
        assertThat(t).as("%s, %s bytes", s, bytes.length).isInstanceOf(TallyFormatException.class);
        assertThat(t.getMessage()).as("%s, %s bytes", s, bytes.length).containsPattern(messagePattern);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    <S extends Tally<S>> void should_refuse_a_binary_form_cut_short_at_every_length(Sample<S> s) {
        // GIVEN a stored tally
        byte[] bytes = FORMAT.toBytes(s.metric(), s.tally());
        for (int n = 0; n < bytes.length; n++) {
            // WHEN cut to n bytes
            byte[] cut = Arrays.copyOf(bytes, n);
            // THEN refused: too short for a header, or the checksum no longer matches
            assertRefused(s, cut, n < 6 ? "^not a stored supportkpi tally: .* these " + n + " bytes start with 0x"
                    : n < 10 ? "^truncated: " + n + " bytes end before the checksum$"
                    : "^checksum mismatch: the " + n + " bytes were cut short or changed \\(stored CRC-32C \\p{XDigit}+,"
                            + " computed \\p{XDigit}+\\)$");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    <S extends Tally<S>> void should_refuse_a_binary_form_cut_short_even_with_a_matching_checksum(Sample<S> s) {
        // GIVEN a stored tally
        byte[] content = WireBytes.content(FORMAT.toBytes(s.metric(), s.tally()));
        for (int n = 6; n < content.length; n++) {
            // WHEN its content is cut to n bytes and sealed with a new checksum
            byte[] cut = sealed(Arrays.copyOf(content, n));
            // THEN refused: every length read is bounded by the bytes present
            assertRefused(s, cut, "truncated|exceeds the \\d+ bytes left|bytes end inside the fingerprint");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    <S extends Tally<S>> void should_refuse_a_bit_flip_anywhere(Sample<S> s) {
        // GIVEN a stored tally
        byte[] bytes = FORMAT.toBytes(s.metric(), s.tally());
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            // WHEN one bit is flipped
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            // THEN refused: in the magic as not a stored tally, in the major version as a version, else by the checksum
            int at = bit / 8;
            assertRefused(s, flipped, at < 4 ? "^not a stored supportkpi tally"
                    : at == 4 ? "format version \\d+\\.1"
                    : "^checksum mismatch: the " + bytes.length + " bytes were cut short or changed");
        }
    }

    @Test
    void should_refuse_a_count_changed_beyond_its_tallys_bounds_even_with_a_matching_checksum() {
        // GIVEN FCR 3 of 5, whose body is the varints 0x03 0x05
        byte[] bytes = FORMAT.toBytes(FCR, Ratio.of(3, 5));
        int numerator = bytes.length - 4 - 2;
        assertThat(Arrays.copyOfRange(bytes, numerator, numerator + 2)).containsExactly(3, 5);
        // WHEN bit 2 of the numerator is flipped (3 -> 7) and the checksum recomputed
        byte[] seven = bytes.clone();
        seven[numerator] ^= 0x04;
        // THEN refused by the ratio's own validation, 7 of 5, naming where
        assertThatThrownBy(() -> FORMAT.fromBytes(FCR, resealed(seven))).isInstanceOf(TallyFormatException.class)
                .hasMessageStartingWith("document.tally: not a valid tally: ").hasMessageContaining("7/5");
    }

    @Test
    void should_read_a_count_changed_within_its_tallys_bounds_as_the_valid_tally_it_now_is() {
        // GIVEN FCR 3 of 5; WHEN bit 3 of the denominator is flipped (5 -> 13) and the checksum recomputed
        byte[] bytes = FORMAT.toBytes(FCR, Ratio.of(3, 5));
        bytes[bytes.length - 4 - 1] ^= 0x08;
        // THEN it reads as 3 of 13: a valid tally (this is what the checksum is for)
        assertThat(FORMAT.fromBytes(FCR, resealed(bytes))).isEqualTo(Ratio.of(3, 13));
    }

    @Test
    void should_refuse_a_count_whose_continuation_bit_is_set_as_running_past_its_tally() {
        // GIVEN FCR 3 of 5 with the numerator's continuation bit set: 0x83 0x05 is now one varint, 643
        byte[] bytes = FORMAT.toBytes(FCR, Ratio.of(3, 5));
        bytes[bytes.length - 4 - 2] |= (byte) 0x80;
        // WHEN read; THEN the denominator is missing from the tally's two bytes
        assertThatThrownBy(() -> FORMAT.fromBytes(FCR, resealed(bytes))).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally.denominator: truncated: no bytes left at offset " + (bytes.length - 4));
    }

    @Test
    void should_refuse_a_binary_count_beyond_the_long_range() {
        // GIVEN a count of 2^64 - 1 (nine 0xFF and 0x01), and a varint of eleven bytes
        byte[] head = concat("SKPT", 1, 0, 13, "ticket.volume", fingerprint(TicketVolume.defaults()), 5, "count");
        byte[] huge = sealed(concat(head, 10, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01));
        byte[] overflow = sealed(concat(head, 10, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02));
        byte[] longer = sealed(concat(head, 11, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00));
        // WHEN read; THEN refused, never read as a negative count
        assertThatThrownBy(() -> FORMAT.fromBytes(TicketVolume.defaults(), huge))
                .isInstanceOf(TallyFormatException.class).hasMessage("document.tally.value: count must not be negative: -1");
        assertThatThrownBy(() -> FORMAT.fromBytes(TicketVolume.defaults(), overflow))
                .isInstanceOf(TallyFormatException.class).hasMessageStartingWith("document.tally.value: varint overflows 64 bits");
        assertThatThrownBy(() -> FORMAT.fromBytes(TicketVolume.defaults(), longer))
                .isInstanceOf(TallyFormatException.class).hasMessageContaining("document.tally.value: varint");
    }

    @Test
    void should_refuse_a_length_beyond_the_bytes_present_without_allocating_it() {
        // GIVEN a count whose tally claims 2^31 bytes of body
        byte[] head = concat("SKPT", 1, 0, 13, "ticket.volume", fingerprint(TicketVolume.defaults()), 5, "count");
        byte[] bytes = sealed(concat(head, 0x80, 0x80, 0x80, 0x80, 0x08, 0x01));
        // WHEN read; THEN refused by the length
        assertThatThrownBy(() -> FORMAT.fromBytes(TicketVolume.defaults(), bytes)).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally: tally length 2147483648 exceeds the 1 bytes left");
    }

    private static void assertJsonRefused(String json, String message) {
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, json)).as(json).isInstanceOf(TallyFormatException.class)
                .hasMessage(message);
    }

    @Test
    void should_refuse_json_with_a_field_missing() {
        assertJsonRefused(RATIO_JSON.replace(",\"denominator\":5", ""), "document.tally.denominator: missing");
        assertJsonRefused(RATIO_JSON.replaceFirst("\"metric\":\"fcr.rate\",", ""), "document.metric: missing");
        assertJsonRefused(RATIO_JSON.replaceFirst(",\"tally\":.*}$", "}"), "document.tally: missing");
        assertJsonRefused(RATIO_JSON.replace("\"type\":\"ratio\",", ""), "document.tally.type: missing");
        assertJsonRefused(RATIO_JSON.replace("\"version\":\"1.1\",", ""),
                "document.version: must be a string such as \"1.0\": missing");
    }

    @Test
    void should_refuse_json_with_a_field_of_the_wrong_type() {
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":\"3\""),
                "document.tally.numerator: expected an integer, found the string \"3\"");
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":null"),
                "document.tally.numerator: expected an integer, found null");
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":[3]"),
                "document.tally.numerator: expected an integer, found an array");
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":true"),
                "document.tally.numerator: expected an integer, found true");
        assertJsonRefused(RATIO_JSON.replace("\"type\":\"ratio\"", "\"type\":7"),
                "document.tally.type: expected a string, found the number 7");
        assertJsonRefused(RATIO_JSON.replace("\"version\":\"1.1\"", "\"version\":1.0"),
                "document.version: must be a string such as \"1.0\": the number 1.0");
        String tallyAsArray = RATIO_JSON.replaceFirst("\"tally\":\\{.*}}$", "\"tally\":[]}");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, tallyAsArray)).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally: expected an object, found an array");
    }

    @Test
    void should_refuse_json_with_an_unknown_field() {
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":3,\"numerater\":3"),
                "document.tally.numerater: unknown field");
        assertJsonRefused(RATIO_JSON.replace("\"format\"", "\"comment\":\"x\",\"format\""), "document.comment: unknown field");
    }

    @Test
    void should_refuse_json_with_a_negative_count() {
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":-3"),
                "document.tally.numerator: count must not be negative: -3");
    }

    @Test
    void should_refuse_json_with_a_fraction_or_exponent_where_an_integer_is_expected() {
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":3.5"),
                "document.tally.numerator: expected an integer, found the number 3.5");
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":3.0"),
                "document.tally.numerator: expected an integer, found the number 3.0");
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":3e0"),
                "document.tally.numerator: expected an integer, found the number 3e0");
    }

    @Test
    void should_refuse_json_with_a_member_twice() {
        String twice = RATIO_JSON.replace("\"numerator\":3", "\"numerator\":3,\"numerator\":1");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, twice)).isInstanceOf(TallyFormatException.class)
                .hasMessageStartingWith("not valid JSON at line 1, column ").hasMessageEndingWith(
                        ": member \"numerator\" appears twice");
    }

    @Test
    void should_refuse_json_nested_a_thousand_deep_without_a_stack_overflow() {
        // GIVEN 1000 nested arrays as a member of the tally, and 100,000 nested objects as the document
        String deep = RATIO_JSON.replace("\"numerator\":3", "\"numerator\":" + "[".repeat(1000) + "]".repeat(1000));
        String deeper = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        // WHEN read; THEN refused by depth
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, deep)).isInstanceOf(TallyFormatException.class)
                .hasMessageEndingWith("nested deeper than " + Json.MAX_DEPTH + " levels");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, deeper)).isInstanceOf(TallyFormatException.class)
                .hasMessageEndingWith("nested deeper than " + Json.MAX_DEPTH + " levels");
    }

    @Test
    void should_refuse_json_with_a_number_beyond_the_long_range() {
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":9223372036854775808"),
                "document.tally.numerator: integer out of the long range: 9223372036854775808");
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":-99999999999999999999999"),
                "document.tally.numerator: integer out of the long range: -99999999999999999999999");
    }

    @Test
    void should_refuse_text_that_is_not_json_saying_where() {
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, RATIO_JSON.substring(0, 40))).isInstanceOf(TallyFormatException.class)
                .hasMessageStartingWith("not valid JSON at line 1, column 41: ");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, RATIO_JSON + "x")).isInstanceOf(TallyFormatException.class)
                .hasMessageEndingWith("unexpected text after the document");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, "{\n\"format\": 01}")).isInstanceOf(TallyFormatException.class)
                .hasMessage("not valid JSON at line 2, column 13: a number must not have leading zeros");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, "")).isInstanceOf(TallyFormatException.class)
                .hasMessageEndingWith("the document ends where a value was expected");
    }

    @Test
    void should_refuse_json_whose_values_break_the_tallys_validation() {
        assertJsonRefused(RATIO_JSON.replace("\"numerator\":3", "\"numerator\":6"),
                "document.tally: not a valid tally: Ratio requires 0 <= numerator <= denominator: 6/5");
        String count = FORMAT.toJson(TicketVolume.defaults(), Count.of(1));
        assertThatThrownBy(() -> FORMAT.fromJson(TicketVolume.defaults(), count.replace("\"value\":1", "\"value\":\"x\"")))
                .isInstanceOf(TallyFormatException.class).hasMessage("document.tally.value: expected an integer, found the"
                        + " string \"x\"");
    }

    @Test
    void should_refuse_json_of_another_metric_or_fingerprint() {
        String fingerprint = MetricIdentity.of(FCR).fingerprint();
        String other = RATIO_JSON.replace(fingerprint, "0000000000000000");
        assertThatThrownBy(() -> FORMAT.fromJson(FCR, other)).isInstanceOf(TallyFormatException.class)
                .hasMessageContaining("fcr.rate [0000000000000000]").hasMessageContaining(fingerprint);
    }

    @Test
    void should_refuse_counts_whose_sum_exceeds_a_long_though_each_fits() {
        // GIVEN NPS of 2^62 promoters, passives and detractors each, and agent work of 2^63 - 1 tickets, interactions
        // and sessions (a sum that wraps around to a positive number)
        String nps = FORMAT.toJson(NetPromoterScore.defaults(),
                new NpsTally(1, 1, 1)).replace("\"promoters\":1,\"passives\":1,"
                        + "\"detractors\":1", "\"promoters\":4611686018427387904,\"passives\":4611686018427387904,"
                        + "\"detractors\":4611686018427387904");
        String work = FORMAT.toJson(Occupancy.defaults(),
                new AgentWork(1, 1, 0, 1, 0)).replace("\"tickets\":1,\"interactions\":1",
                        "\"tickets\":9223372036854775807,\"interactions\":9223372036854775807")
                .replace("\"sessions\":1", "\"sessions\":9223372036854775807");
        // WHEN read; THEN refused: their sample size does not fit a long
        assertThatThrownBy(() -> FORMAT.fromJson(NetPromoterScore.defaults(), nps))
                .isInstanceOf(TallyFormatException.class)
                .hasMessageStartingWith("document.tally: not a valid tally: its sample size exceeds 9223372036854775807");
        assertThatThrownBy(() -> FORMAT.fromJson(Occupancy.defaults(), work))
                .isInstanceOf(TallyFormatException.class).hasMessage("document.tally.sessions: tickets + interactions"
                        + " + sessions must be at most 9223372036854775807: 9223372036854775807 + 9223372036854775807 +"
                        + " 9223372036854775807");
    }

    @Test
    void should_refuse_text_with_an_unpaired_surrogate_which_would_not_read_back_equal() {
        // GIVEN volume by category with a category holding a lone high surrogate, escaped or raw
        Sample<?> s = WireSamples.named("frequencies-string");
        String json = json(s);
        String escaped = json.replace("billing", "bill\\ud800ing");
        String raw = json.replace("billing", "bill\ud800ing");
        // WHEN read; THEN refused (the binary form, in UTF-8, cannot hold it)
        for (String j : List.of(escaped, raw)) {
            assertThatThrownBy(() -> FORMAT.fromJson(s.metric(), j)).isInstanceOf(TallyFormatException.class)
                    .hasMessageEndingWith("a string holds an unpaired surrogate \\ud800, which is not text");
        }
        // AND a tally holding one is not written
        Frequencies<String> lone = Frequencies.of(
                Map.of("bill\udc00", 1L), 0);
        VolumeByCategory m = VolumeByCategory.defaults();
        assertThatThrownBy(() -> FORMAT.toBytes(m, lone)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must be text, without an unpaired surrogate: \\udc00 at index 4");
        assertThatThrownBy(() -> FORMAT.toJson(m, lone)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must be text, without an unpaired surrogate: \\udc00 at index 4");
        // AND a pair is text: an emoji reads back
        Frequencies<String> emoji = Frequencies.of(
                Map.of("billing \ud83d\ude00", 1L), 0);
        assertThat(FORMAT.fromJson(m, FORMAT.toJson(m, emoji))).isEqualTo(emoji);
        assertThat(FORMAT.fromBytes(m, FORMAT.toBytes(m, emoji))).isEqualTo(emoji);
    }

    @Test
    void should_refuse_a_decimal_of_a_scale_whose_arithmetic_would_not_end() {
        // GIVEN a cost of 1E-999999999 (adding 1 to it would compute a billion digits) in JSON, and its scale in binary
        CostPerResolution m = CostPerResolution.defaults();
        String json = FORMAT.toJson(m, CostPerUnit.of(BigDecimal.ONE, 1));
        String tiny = json.replace("\"cost\":\"1\"", "\"cost\":\"1E-999999999\"");
        String huge = json.replace("\"cost\":\"1\"", "\"cost\":\"1E+1001\"");
        assertThat(tiny).contains("1E-999999999");
        byte[] head = WireBytes.content(FORMAT.toBytes(m, CostPerUnit.EMPTY));
        // the empty cost's tally is its length (4) and body (scale 0, one byte of digits, 0, no units): cut them
        assertThat(Arrays.copyOfRange(head, head.length - 5, head.length)).containsExactly(4, 0, 1, 0, 0);
        head = Arrays.copyOf(head, head.length - 5);
        // the body: scale 999999999 as a zigzag varint (1999999998), one byte of digits (1), one unit
        byte[] bytes = sealed(concat(head, 8, 0xFE, 0xA7, 0xD6, 0xB9, 0x07, 0x01, 0x01, 0x01));
        // WHEN read; THEN refused, naming the field and the scale
        assertThatThrownBy(() -> FORMAT.fromJson(m, tiny)).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally.cost: decimal scale must be within +-1000: \"1E-999999999\"");
        assertThatThrownBy(() -> FORMAT.fromJson(m, huge)).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally.cost: decimal scale must be within +-1000: \"1E+1001\"");
        assertThatThrownBy(() -> FORMAT.fromBytes(m, bytes)).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally.cost: decimal scale must be within +-1000: 999999999");
        // AND such a decimal is not written; 1E-1000 is
        assertThatThrownBy(() -> FORMAT.toBytes(m, CostPerUnit.of(
                new BigDecimal("1E-1001"), 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cost must have a scale within +-1000: 1E-1001");
        CostPerUnit fine = CostPerUnit.of(
                new BigDecimal("1E-1000"), 1);
        assertThat(FORMAT.fromJson(m, FORMAT.toJson(m, fine))).isEqualTo(fine);
        assertThat(FORMAT.fromBytes(m, FORMAT.toBytes(m, fine))).isEqualTo(fine);
    }

    @Test
    void should_refuse_resolution_outcomes_of_keys_that_are_not_text() {
        // GIVEN resolution consistency whose outcomes claim to be channels
        Sample<?> s = WireSamples.named("consistency");
        String json = json(s).replace("\"keyType\":\"string\",\"entries\":[{\"key\":\"fixed\"",
                "\"keyType\":\"channel\",\"entries\":[{\"key\":\"email\"");
        assertThat(json).contains("\"key\":\"email\"");
        // WHEN read; THEN refused: outcomes are resolution codes
        assertThatThrownBy(() -> FORMAT.fromJson(s.metric(), json)).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally.groups[2].outcomes.keyType: must be a key type of String keys: \"channel\"");
    }

    @Test
    void should_name_the_element_or_the_array_that_is_wrong() {
        // GIVEN FCR by channel with a segment twice, and FCR by day with one bucket too few
        Sample<?> byChannel = WireSamples.named("segmented-channel");
        String twice = json(byChannel).replace("{\"key\":\"chat\"", "{\"key\":\"email\"");
        Sample<?> byDay = WireSamples.named("bucket-series");
        String fewer = json(byDay).replace("\"buckets\":[{\"type\":\"ratio\",\"numerator\":1,\"denominator\":2},",
                "\"buckets\":[");
        assertThat(fewer).isNotEqualTo(json(byDay));
        // WHEN read; THEN the message names the segment's key, and the array of buckets
        assertThatThrownBy(() -> FORMAT.fromJson(byChannel.metric(), twice)).isInstanceOf(TallyFormatException.class)
                .hasMessage("document.tally.segments[1].key: key email appears twice");
        assertThatThrownBy(() -> FORMAT.fromJson(byDay.metric(), fewer)).isInstanceOf(TallyFormatException.class)
                .hasMessageStartingWith("document.tally.buckets: must be the 4 buckets of ").hasMessageEndingWith(": 3");
    }

    private static <S extends Tally<S>> String json(Sample<S> s) {
        return FORMAT.toJson(s.metric(), s.tally());
    }
}
