package io.github.supportkpi.domain;

import io.github.supportkpi.testing.TallyContract;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

class FieldsPropertiesTest {

    @Test
    void a_date_time_written_in_the_pattern_reads_back_as_itself() {
        qt().withExamples(TallyContract.EXAMPLES)
                .forAll(longs().between(LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                        LocalDateTime.of(2100, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC)), integers().between(0, 2))
                .checkAssert((seconds, p) -> {
                    String pattern = new String[] {"yyyy-MM-dd HH:mm:ss", "dd-MM-yyyy HH:mm:ss", "dd/MM/yyyy 'at' HH:mm:ss"}[p];
                    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
                    String text = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(t);
                    assertThat(Fields.instant("created", text, pattern, ZoneOffset.UTC)).isEqualTo(t.toInstant(ZoneOffset.UTC));
                });
    }

    @Test
    void a_refusal_names_the_field_and_rule_before_the_value() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(strings().allPossible().ofLengthBetween(1, 12)).checkAssert(text -> {
            boolean isInteger = text.strip().matches("[+-]?\\p{Nd}+") && fitsInt(text.strip());
            FieldException e = null;
            try {
                Fields.integer("reopens", text);
            } catch (FieldException refused) {
                e = refused;
            }
            if (isInteger) {
                assertThat(e).isNull();
                return;
            }
            assertThat(e).isNotNull();
            assertThat(e.field()).isEqualTo("reopens");
            assertThat(e.getMessage()).startsWith(e.field() + " " + e.rule() + ": ");
            assertThat(e.rule()).isIn("must be an integer", "must not be blank");
        });
    }

    private static boolean fitsInt(String s) {
        try {
            return new java.math.BigInteger(s).bitLength() < 32;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
