/**
 * The stored form of tallies: {@link io.github.supportkpi.wire.TallyFormat} writes any tally of the library
 * as compact bytes or readable JSON, with the format's version and the {@link
 * io.github.supportkpi.wire.MetricIdentity} of its metric (id and definition fingerprint), and reads it
 * back, exactly, only against a metric of the same definition. Daily tallies stored this way merge into any
 * longer period on any machine. Tally types and key types of your own join with {@link
 * io.github.supportkpi.wire.TallyType} and {@link io.github.supportkpi.wire.KeyType}. The byte-level
 * specification is {@code WIRE-FORMAT.md} at the root of the project.
 */
package io.github.supportkpi.wire;
