package io.github.supportkpi.wire;

import io.github.supportkpi.backlog.AgeBand;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The key types of the library's dimensions and frequencies. */
final class StandardKeys {
    private StandardKeys() {
    }

    static List<KeyType<?>> all() {
        return List.of(
                KeyType.ofText("string", String.class, s -> s, s -> s),
                KeyType.ofText("channel", Channel.class, Channel::name, StandardKeys::channel),
                KeyType.ofEnum("priority", Priority.class),
                KeyType.ofEnum("status", Status.class),
                KeyType.ofEnum("origin", Origin.class),
                KeyType.ofEnum("interaction-kind", InteractionKind.class),
                KeyType.ofEnum("day-of-week", DayOfWeek.class),
                KeyType.ofText("local-time", LocalTime.class, LocalTime::toString, LocalTime::parse),
                KeyType.ofText("local-date", LocalDate.class, LocalDate::toString, LocalDate::parse),
                KeyType.ofText("integer", Integer.class, String::valueOf, Integer::valueOf),
                KeyType.ofText("long", Long.class, String::valueOf, Long::valueOf),
                KeyType.ofText("boolean", Boolean.class, String::valueOf, StandardKeys::bool),
                new AgeBandKey());
    }

    /** A channel stored by its normalised name; a name that is not normalised is refused, not renamed. */
    private static Channel channel(String name) {
        Channel c = Channel.of(name);
        if (!c.name().equals(name)) {
            throw new IllegalArgumentException("not a normalised channel name (it would be \"" + c.name() + "\")");
        }
        return c;
    }

    private static Boolean bool(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("must be true or false");
    }

    /** An age band: its index, bounds and label. */
    private static final class AgeBandKey implements KeyType<AgeBand> {
        @Override
        public String tag() {
            return "age-band";
        }

        @Override
        public Class<AgeBand> type() {
            return AgeBand.class;
        }

        @Override
        public void write(TallyWriter out, String field, AgeBand key) {
            out.beginObject(field);
            out.writeCount("index", key.index());
            out.writeDuration("from", key.from());
            out.writeBoolean("bounded", key.to().isPresent());
            if (key.to().isPresent()) {
                out.writeDuration("to", key.to().get());
            }
            out.writeString("label", key.label());
            out.endObject();
        }

        @Override
        public AgeBand read(TallyReader in, String field) {
            in.beginObject(field);
            int index = in.readIntCount("index");
            Duration from = in.readDuration("from");
            Optional<Duration> to = in.readBoolean("bounded") ? Optional.of(in.readDuration("to")) : Optional.empty();
            String label = in.readString("label");
            in.endObject();
            try {
                return new AgeBand(index, from, to, label);
            } catch (IllegalArgumentException e) {
                throw in.error(field, "not an age band: " + e.getMessage());
            }
        }
    }
}
