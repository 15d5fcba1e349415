package io.github.supportkpi.wire;

import io.github.supportkpi.metric.Metric;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Which metric a stored tally belongs to: its id and its definition, with a short fingerprint of both that
 * travels with every stored tally. Metrics built with equal knobs, on any machine and in any run, have
 * the same identity; a metric whose definition differs in any knob has another fingerprint. Immutable and
 * thread-safe.
 *
 * @param id the metric's id, such as {@code frt}
 * @param definition the canonical text of the metric's definition ({@link Metric#definition()})
 */
public record MetricIdentity(String id, String definition) {
    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public MetricIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
    }

    /**
     * The identity of a metric.
     *
     * @param metric the metric
     * @return its id and definition
     * @throws IllegalStateException if the metric has no stable definition (a part of it has no name), saying
     *     which part
     */
    public static MetricIdentity of(Metric<?, ?> metric) {
        Objects.requireNonNull(metric, "metric");
        return new MetricIdentity(metric.id(), metric.definition());
    }

    /**
     * The fingerprint: the first 8 bytes of the SHA-256 of the UTF-8 text {@code id + "\n" + definition}, as
     * 16 lowercase hexadecimal digits.
     *
     * @return the fingerprint, such as {@code 3f2a9c0d81b7e465}
     */
    public String fingerprint() {
        return HexFormat.of().formatHex(fingerprintBytes());
    }

    byte[] fingerprintBytes() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((id + "\n" + definition).getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(hash, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** @return the id and the fingerprint, such as {@code frt [3f2a9c0d81b7e465]} */
    @Override
    public String toString() {
        return id + " [" + fingerprint() + "]";
    }
}
