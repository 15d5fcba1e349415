package io.github.supportkpi.spark;

import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.wire.TallyFormat;
import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The aggregation buffer of a {@link TallyAggregator}: a live accumulator of the metric while rows are
 * added, the tallies merged into it, and the rows refused by reason. Spark keeps it as an object between
 * rows and serializes it only to send it between tasks; its serialized form is the tally's stored binary
 * form ({@link TallyFormat}) and the counts of rows. Confined to one task at a time, like an accumulator.
 *
 * <p>Only {@link TallyAggregator} makes and reads buffers; the public constructor is for Java serialization.
 *
 * @param <T> the record type
 * @param <S> the tally type
 */
public final class TallyBuffer<T, S extends Tally<S>> implements Externalizable {
    private static final long serialVersionUID = 1L;
    /** The version of the serialized form. */
    private static final int VERSION = 1;
    /** The longest reason kept: longer ones are cut, so that a message of any size stays a small key. */
    static final int MAX_REASON = 200;

    private transient SparkMetric<T, S> owner;
    private transient Metric<T, S> metric;
    private transient Accumulator<T, S> live;
    private transient S merged;
    private transient byte[] stored;
    private transient long accepted;
    private transient TreeMap<String, Long> refused = new TreeMap<>();

    /** An empty buffer for Java serialization to read into; Spark's buffer encoder uses it. */
    public TallyBuffer() {
    }

    TallyBuffer(SparkMetric<T, S> owner) {
        attach(owner);
    }

    /** Binds a buffer read back from its serialized form to its metric, decoding the stored tally. */
    void attach(SparkMetric<T, S> m) {
        if (owner == null) {
            owner = m;
            metric = m.metric();
            if (stored != null) {
                merged = TallyFormat.standard().fromBytes(metric, stored);
                stored = null;
            }
        }
    }

    void accept(T record) {
        if (live == null) {
            live = metric.newAccumulator();
        }
        live.accept(record);
        accepted = Math.addExact(accepted, 1);
    }

    void refuse(String reason) {
        String key = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 3) + "...";
        refused.merge(key, 1L, Math::addExact);
    }

    void add(TallyBuffer<T, S> other) {
        S t = other.tally();
        merged = merged == null ? t : merged.plus(t);
        accepted = Math.addExact(accepted, other.accepted);
        other.refused.forEach((reason, n) -> refused.merge(reason, n, Math::addExact));
    }

    S tally() {
        S t = merged == null ? metric.empty() : merged;
        return live == null ? t : t.plus(live.tally());
    }

    long accepted() {
        return accepted;
    }

    SortedMap<String, Long> refused() {
        return Collections.unmodifiableSortedMap(refused);
    }

    /**
     * Writes the version, the rows accepted, the rows refused by reason and the tally's binary form.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        byte[] bytes = owner != null ? TallyFormat.standard().toBytes(metric, tally()) : stored;
        if (bytes == null) {
            throw new IllegalStateException("a buffer must be bound to its metric or read back before it is written");
        }
        out.writeInt(VERSION);
        out.writeLong(accepted);
        out.writeInt(refused.size());
        for (var e : refused.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads what {@link #writeExternal} wrote; the tally is decoded when the buffer is bound to its metric.
     *
     * @param in where to read
     * @throws IOException if reading fails or the form is invalid
     */
    @Override
    public void readExternal(ObjectInput in) throws IOException {
        int version = in.readInt();
        if (version != VERSION) {
            throw new InvalidObjectException("tally buffer version must be " + VERSION + ": " + version);
        }
        accepted = nonNegative("accepted", in.readLong());
        int reasons = (int) nonNegative("reasons", in.readInt());
        refused = new TreeMap<>();
        for (int i = 0; i < reasons; i++) {
            String reason = in.readUTF();
            refused.put(reason, nonNegative("refused", in.readLong()));
        }
        int length = (int) nonNegative("tally length", in.readInt());
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        stored = bytes;
    }

    private static long nonNegative(String name, long value) throws InvalidObjectException {
        if (value < 0) {
            throw new InvalidObjectException(name + " must not be negative: " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "TallyBuffer[" + (owner == null ? "stored " + (stored == null ? 0 : stored.length) + " bytes"
                : metric.id()) + ", accepted " + accepted + ", refused " + refused + "]";
    }
}
