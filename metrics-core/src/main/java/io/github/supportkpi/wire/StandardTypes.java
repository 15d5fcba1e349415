package io.github.supportkpi.wire;

import io.github.supportkpi.backlog.FlowTally;
import io.github.supportkpi.business.CostPerUnit;
import io.github.supportkpi.business.CustomerTally;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.experience.ResponseRateTally;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.quality.ConsistencyTally;
import io.github.supportkpi.quality.ContactHistory;
import io.github.supportkpi.quality.RepeatContactDefinition;
import io.github.supportkpi.sla.SlaCounts;
import io.github.supportkpi.sla.SlaTally;
import io.github.supportkpi.staffing.Patience;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.AgentLoad;
import io.github.supportkpi.workload.AgentWork;
import io.github.supportkpi.workload.VolumeHeatmap;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/** The tally types of the library, as the format specification describes them. */
final class StandardTypes {
    private StandardTypes() {
    }

    static List<TallyType<?>> all() {
        List<TallyType<?>> all = new ArrayList<>();
        all.add(simple("count", Count.class, (t, out) -> out.writeCount("value", t.value()),
                (in, template) -> new Count(in.readCount("value"))));
        all.add(simple("ratio", Ratio.class, (t, out) -> {
            out.writeCount("numerator", t.numerator());
            out.writeCount("denominator", t.denominator());
        }, (in, template) -> new Ratio(in.readCount("numerator"), in.readCount("denominator"))));
        all.add(simple("mean", Mean.class, (t, out) -> {
            out.writeLong("sum", t.sum());
            out.writeCount("count", t.count());
            // added in 1.1
            out.writeBoolean("squares", t.sumOfSquares().isPresent());
            if (t.sumOfSquares().isPresent()) {
                out.writeCount("sumOfSquares", t.sumOfSquares().getAsLong());
            }
        }, (in, template) -> {
            long sum = in.readLong("sum");
            long count = in.readCount("count");
            // 1.0 stored no sum of squares: unknown
            OptionalLong squares = in.minor() >= 1 && in.readBoolean("squares")
                    ? OptionalLong.of(in.readCount("sumOfSquares")) : OptionalLong.empty();
            return new Mean(sum, count, squares);
        }));
        all.add(simple("duration-stats", DurationStats.class, StandardTypes::writeDurations,
                (in, template) -> readDurations(in)));
        all.add(simple("nps", NpsTally.class, (t, out) -> {
            out.writeCount("promoters", t.promoters());
            out.writeCount("passives", t.passives());
            out.writeCount("detractors", t.detractors());
        }, (in, template) -> new NpsTally(in.readCount("promoters"), in.readCount("passives"),
                in.readCount("detractors"))));
        all.add(new FrequenciesType<>());
        all.add(simple("sla", SlaTally.class, (t, out) -> {
            writeSla(out, "firstResponse", t.firstResponse());
            writeSla(out, "nextResponse", t.nextResponse());
            writeSla(out, "resolution", t.resolution());
        }, (in, template) -> new SlaTally(readSla(in, "firstResponse"), readSla(in, "nextResponse"),
                readSla(in, "resolution"))));
        all.add(simple("flow", FlowTally.class, (t, out) -> {
            out.writeCount("created", t.created());
            out.writeCount("resolved", t.resolved());
        }, (in, template) -> new FlowTally(in.readCount("created"), in.readCount("resolved"))));
        all.add(simple("agent-load", AgentLoad.class, (t, out) -> {
            out.writeCount("assigned", t.assigned());
            out.writeCount("unassigned", t.unassigned());
            out.beginArray("agents", t.agents().size());
            for (String a : t.agents()) {
                out.writeString(null, a);
            }
            out.endArray();
        }, (in, template) -> {
            long assigned = in.readCount("assigned");
            long unassigned = in.readCount("unassigned");
            TreeSet<String> agents = new TreeSet<>();
            int n = in.beginArray("agents");
            String twice = null;
            for (int i = 0; i < n; i++) {
                String agent = in.readString(null);
                if (!agents.add(agent) && twice == null) {
                    twice = agent;
                }
            }
            in.endArray();
            if (twice != null) {
                throw in.error("agents", "agent \"" + twice + "\" appears twice");
            }
            return AgentLoad.of(assigned, unassigned, agents);
        }));
        all.add(simple("agent-work", AgentWork.class, (t, out) -> {
            out.writeCount("tickets", t.tickets());
            out.writeCount("interactions", t.interactions());
            out.writeCount("handleNanos", t.handleNanos());
            out.writeCount("sessions", t.sessions());
            out.writeCount("loggedInNanos", t.loggedInNanos());
        }, (in, template) -> {
            long tickets = in.readCount("tickets");
            long interactions = in.readCount("interactions");
            long handle = in.readCount("handleNanos");
            long sessions = in.readCount("sessions");
            long loggedIn = in.readCount("loggedInNanos");
            try {
                Math.addExact(Math.addExact(tickets, interactions), sessions);
            } catch (ArithmeticException e) {
                throw in.error("sessions", "tickets + interactions + sessions must be at most " + Long.MAX_VALUE + ": "
                        + tickets + " + " + interactions + " + " + sessions);
            }
            return new AgentWork(tickets, interactions, handle, sessions, loggedIn);
        }));
        all.add(simple("customers", CustomerTally.class, (t, out) -> {
            out.writeCount("atStart", t.atStart());
            out.writeCount("acquired", t.acquired());
            out.writeCount("lost", t.lost());
            out.writeCount("acquiredLost", t.acquiredLost());
            out.writeDecimal("revenueAtStart", t.revenueAtStart());
            out.writeDecimal("revenueLost", t.revenueLost());
            out.writeDecimal("contraction", t.contraction());
        }, (in, template) -> new CustomerTally(in.readCount("atStart"), in.readCount("acquired"),
                in.readCount("lost"), in.readCount("acquiredLost"), in.readDecimal("revenueAtStart"),
                in.readDecimal("revenueLost"), in.readDecimal("contraction"))));
        all.add(simple("cost-per-unit", CostPerUnit.class, (t, out) -> {
            out.writeDecimal("cost", t.cost());
            out.writeCount("units", t.units());
        }, (in, template) -> new CostPerUnit(in.readDecimal("cost"), in.readCount("units"))));
        all.add(simple("consistency", ConsistencyTally.class, (t, out) -> {
            out.writeCount("minimumRecords", t.minimumRecords());
            out.beginArray("groups", t.groups().size());
            t.groups().forEach((group, outcomes) -> {
                out.beginObject(null);
                out.writeString("group", group);
                writeCounts(out, "outcomes", outcomes.counts());
                out.writeCount("absent", outcomes.absent());
                out.endObject();
            });
            out.endArray();
            out.writeCount("ungrouped", t.ungrouped());
        }, (in, template) -> {
            int minimum = in.readIntCount("minimumRecords");
            if (minimum != template.minimumRecords()) {
                throw in.error("minimumRecords", "must be the metric's " + template.minimumRecords() + ": " + minimum);
            }
            Map<String, Frequencies<String>> groups = new HashMap<>();
            int n = in.beginArray("groups");
            for (int i = 0; i < n; i++) {
                in.beginObject(null);
                String group = in.readString("group");
                if (groups.containsKey(group)) {
                    throw in.error("group", "group \"" + group + "\" appears twice");
                }
                Map<String, Long> outcomes = readCounts(in, "outcomes", String.class);
                long absent = in.readCount("absent");
                in.endObject();
                groups.put(group, Frequencies.of(outcomes, absent));
            }
            in.endArray();
            return ConsistencyTally.of(minimum, groups, in.readCount("ungrouped"));
        }));
        all.add(simple("contact-history", ContactHistory.class, (t, out) -> {
            out.writeDuration("window", t.window());
            out.writeBoolean("sameCategory", t.sameCategory());
            List<ContactHistory.Contact> contacts = t.contacts();
            out.beginArray("contacts", contacts.size());
            for (ContactHistory.Contact c : contacts) {
                out.beginObject(null);
                out.writeString("customer", c.customer());
                if (t.sameCategory()) {
                    out.writeString("category", c.category().orElseThrow());
                }
                out.writeInstant("at", c.at());
                out.writeBoolean("considered", c.considered());
                out.writeBoolean("meets", c.meets());
                out.endObject();
            }
            out.endArray();
            out.writeCount("unmatchable", t.unmatchable());
            out.writeCount("unmatchableConsidered", t.unmatchableConsidered());
            out.writeCount("unmatchableMeeting", t.unmatchableMeeting());
        }, (in, template) -> {
            Duration window = in.readDuration("window");
            boolean same = in.readBoolean("sameCategory");
            if (!window.equals(template.window()) || same != template.sameCategory()) {
                throw in.error("window", "window and sameCategory must be the metric's " + template.window() + ", "
                        + template.sameCategory() + ": " + window + ", " + same);
            }
            int n = in.beginArray("contacts");
            List<ContactHistory.Contact> contacts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                in.beginObject(null);
                String customer = in.readString("customer");
                Optional<String> category = same ? Optional.of(in.readString("category")) : Optional.empty();
                Instant at = in.readInstant("at");
                boolean considered = in.readBoolean("considered");
                boolean meets = in.readBoolean("meets");
                in.endObject();
                contacts.add(new ContactHistory.Contact(customer, category, at, considered, meets));
            }
            in.endArray();
            return ContactHistory.of(new RepeatContactDefinition(window, same), contacts, in.readCount("unmatchable"),
                    in.readCount("unmatchableConsidered"), in.readCount("unmatchableMeeting"));
        }));
        all.add(simple("response-rate", ResponseRateTally.class, (t, out) -> {
            out.beginArray("entries", t.entries().size());
            for (ResponseRateTally.Entry e : t.entries()) {
                out.beginObject(null);
                out.writeString("kind", e.kind().name());
                out.writeString("by", e.ticketId().isPresent() ? "ticket" : e.customerId().isPresent() ? "customer"
                        : "none");
                if (e.matchable()) {
                    out.writeString("key", e.ticketId().orElseGet(() -> e.customerId().orElseThrow()));
                }
                out.writeCount("sent", e.sent());
                out.writeCount("answers", e.answers());
                out.endObject();
            }
            out.endArray();
        }, (in, template) -> {
            int n = in.beginArray("entries");
            List<ResponseRateTally.Entry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                in.beginObject(null);
                String kindName = in.readString("kind");
                SurveyKind kind;
                try {
                    kind = SurveyKind.valueOf(kindName);
                } catch (IllegalArgumentException e) {
                    throw in.error("kind", "must be a survey kind: \"" + kindName + "\"");
                }
                String by = in.readString("by");
                if (!by.equals("ticket") && !by.equals("customer") && !by.equals("none")) {
                    throw in.error("by", "must be ticket, customer or none: \"" + by + "\"");
                }
                Optional<String> key = by.equals("none") ? Optional.empty() : Optional.of(in.readString("key"));
                long sent = in.readCount("sent");
                long answers = in.readCount("answers");
                in.endObject();
                if (sent == 0 && answers == 0) {
                    throw in.error("sent", "an entry must count an invitation or an answer: " + kind + " " + by
                            + key.map(k -> " " + k).orElse(""));
                }
                entries.add(new ResponseRateTally.Entry(kind, by.equals("ticket") ? key : Optional.empty(),
                        by.equals("customer") ? key : Optional.empty(), sent, answers));
            }
            in.endArray();
            try {
                return ResponseRateTally.of(entries);
            } catch (IllegalArgumentException e) {
                throw in.error("entries", e.getMessage());
            }
        }));
        all.add(simple("patience", Patience.class, (t, out) -> {
            out.writeTally("abandoned", t.abandoned());
            out.writeTally("answered", t.answered());
        }, (in, template) -> Patience.of(in.readTally("abandoned", template.abandoned()),
                in.readTally("answered", template.answered()))));
        all.add(simple("volume-heatmap", VolumeHeatmap.class, (t, out) -> {
            out.writeString("zone", t.zone().getId());
            long[] counts = t.toArray();
            out.beginArray("counts", counts.length);
            for (long c : counts) {
                out.writeCount(null, c);
            }
            out.endArray();
            out.writeCount("unplaced", t.unplaced());
        }, (in, template) -> {
            String zone = in.readString("zone");
            if (!zone.equals(template.zone().getId())) {
                throw in.error("zone", "must be the metric's " + template.zone().getId() + ": \"" + zone + "\"");
            }
            int n = in.beginArray("counts");
            if (n != VolumeHeatmap.CELLS) {
                throw in.error("counts", "must be " + VolumeHeatmap.CELLS + " counts (7 days x 24 hours): " + n);
            }
            long[] counts = new long[n];
            for (int i = 0; i < n; i++) {
                counts[i] = in.readCount(null);
            }
            in.endArray();
            long unplaced = in.readCount("unplaced");
            try {
                return VolumeHeatmap.of(template.zone(), counts, unplaced);
            } catch (IllegalArgumentException e) {
                throw in.error("counts", e.getMessage());
            }
        }));
        all.add(new SegmentedType<>());
        all.add(new SeriesType<>());
        all.add(new TalliesType<>());
        return all;
    }

    private static <S extends Tally<S>> TallyType<S> simple(String tag, Class<S> type, BiConsumer<S, TallyWriter> write,
            BiFunction<TallyReader, S, S> read) {
        return new TallyType<>() {
            @Override
            public String tag() {
                return tag;
            }

            @Override
            public Class<?> type() {
                return type;
            }

            @Override
            public void write(S tally, TallyWriter out) {
                write.accept(tally, out);
            }

            @Override
            public S read(TallyReader in, S template) {
                return read.apply(in, template);
            }
        };
    }

    private static void writeDurations(DurationStats t, TallyWriter out) {
        out.writeString("summary", t.summary().name());
        out.writeCount("unmeasured", t.unmeasured());
        if (t.summary() == DurationStats.Summary.EXACT) {
            out.writeAscending("nanos", t.toSortedNanos());
            return;
        }
        if (t.summary() == DurationStats.Summary.TOTALS) {
            out.writeCount("count", t.count());
            out.writeDuration("sum", t.sum());
            return;
        }
        SortedMap<Integer, Long> buckets = t.sketchBuckets();
        out.beginArray("buckets", buckets.size());
        buckets.forEach((index, count) -> {
            out.beginObject(null);
            out.writeCount("bucket", index);
            out.writeCount("count", count);
            out.endObject();
        });
        out.endArray();
        if (!buckets.isEmpty()) {
            out.writeDuration("sum", t.sum());
            out.writeCount("min", t.min().orElseThrow().toNanos());
            out.writeCount("max", t.max().orElseThrow().toNanos());
        }
    }

    private static DurationStats readDurations(TallyReader in) {
        String summary = in.readString("summary");
        long unmeasured = in.readCount("unmeasured");
        if (summary.equals("EXACT")) {
            return DurationStats.ofNanos(in.readAscending("nanos"), unmeasured);
        }
        if (summary.equals("TOTALS")) {
            long count = in.readCount("count");
            Duration sum = in.readDuration("sum");
            try {
                return DurationStats.ofTotals(count, sum, unmeasured);
            } catch (IllegalArgumentException e) {
                throw in.error("sum", e.getMessage());
            }
        }
        if (!summary.equals("SKETCH")) {
            throw in.error("summary", "must be EXACT, SKETCH or TOTALS: \"" + summary + "\"");
        }
        TreeMap<Integer, Long> buckets = new TreeMap<>();
        int n = in.beginArray("buckets");
        for (int i = 0; i < n; i++) {
            in.beginObject(null);
            int index = in.readIntCount("bucket");
            if (buckets.containsKey(index)) {
                throw in.error("bucket", "bucket " + index + " appears twice");
            }
            buckets.put(index, in.readCount("count"));
            in.endObject();
        }
        in.endArray();
        if (buckets.isEmpty()) {
            return DurationStats.ofSketch(buckets, Duration.ZERO, 0, 0, unmeasured);
        }
        Duration sum = in.readDuration("sum");
        long min = in.readCount("min");
        long max = in.readCount("max");
        return DurationStats.ofSketch(buckets, sum, min, max, unmeasured);
    }

    private static void writeSla(TallyWriter out, String field, SlaCounts c) {
        out.beginObject(field);
        out.writeCount("achieved", c.achieved());
        out.writeCount("breached", c.breached());
        out.writeCount("inProgress", c.inProgress());
        out.writeCount("paused", c.paused());
        out.writeCount("notApplicable", c.notApplicable());
        out.endObject();
    }

    private static SlaCounts readSla(TallyReader in, String field) {
        in.beginObject(field);
        SlaCounts c = new SlaCounts(in.readCount("achieved"), in.readCount("breached"), in.readCount("inProgress"),
                in.readCount("paused"), in.readCount("notApplicable"));
        in.endObject();
        return c;
    }

    /** Counts by key: the key type's tag, then each key with its count. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K> void writeCounts(TallyWriter out, String field, SortedMap<K, Long> counts) {
        out.beginObject(field);
        KeyType keys = counts.isEmpty() ? null : out.keyTypeOf(counts.firstKey());
        out.writeString("keyType", keys == null ? "none" : keys.tag());
        out.beginArray("entries", counts.size());
        counts.forEach((k, count) -> {
            out.beginObject(null);
            out.writeKey("key", keys, k);
            out.writeCount("count", count);
            out.endObject();
        });
        out.endArray();
        out.endObject();
    }

    /** Counts by key, of keys of a class when {@code keyClass} is not null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K> Map<K, Long> readCounts(TallyReader in, String field, Class<K> keyClass) {
        in.beginObject(field);
        String tag = in.readString("keyType");
        KeyType keys = tag.equals("none") ? null : in.keyType(tag);
        if (keys != null && keyClass != null && keys.type() != keyClass) {
            throw in.error("keyType", "must be a key type of " + keyClass.getSimpleName() + " keys: \"" + tag + "\"");
        }
        int n = in.beginArray("entries");
        if (keys == null && n > 0) {
            throw in.error("keyType", "\"none\" is only for no entries: " + n + " entries");
        }
        Map<K, Long> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            in.beginObject(null);
            K key = (K) in.readKey("key", keys);
            if (counts.containsKey(key)) {
                throw in.error("key", "key " + key + " appears twice");
            }
            counts.put(key, in.readCount("count"));
            in.endObject();
        }
        in.endArray();
        in.endObject();
        return counts;
    }

    /** Frequencies of any key type. */
    private static final class FrequenciesType<K extends Comparable<? super K>> implements TallyType<Frequencies<K>> {
        @Override
        public String tag() {
            return "frequencies";
        }

        @Override
        public Class<?> type() {
            return Frequencies.class;
        }

        @Override
        public void write(Frequencies<K> tally, TallyWriter out) {
            writeCounts(out, "counts", tally.counts());
            out.writeCount("absent", tally.absent());
        }

        @Override
        public Frequencies<K> read(TallyReader in, Frequencies<K> template) {
            Map<K, Long> counts = readCounts(in, "counts", null);
            return Frequencies.of(counts, in.readCount("absent"));
        }
    }

    /** A tally per segment of a dimension, and of the records with no key. */
    private static final class SegmentedType<K extends Comparable<? super K>, S extends Tally<S>>
            implements TallyType<Segmented<K, S>> {
        @Override
        public String tag() {
            return "segmented";
        }

        @Override
        public Class<?> type() {
            return Segmented.class;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void write(Segmented<K, S> tally, TallyWriter out) {
            out.writeString("dimension", tally.dimension());
            SortedMap<K, S> segments = tally.segments();
            KeyType keys = segments.isEmpty() ? null : out.keyTypeOf(segments.firstKey());
            out.writeString("keyType", keys == null ? "none" : keys.tag());
            out.beginArray("segments", segments.size());
            segments.forEach((k, s) -> {
                out.beginObject(null);
                out.writeKey("key", keys, k);
                out.writeTally("tally", s);
                out.endObject();
            });
            out.endArray();
            out.writeTally("absent", tally.absent());
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Segmented<K, S> read(TallyReader in, Segmented<K, S> template) {
            String dimension = in.readString("dimension");
            if (!dimension.equals(template.dimension())) {
                throw in.error("dimension", "must be the metric's \"" + template.dimension() + "\": \"" + dimension + "\"");
            }
            S empty = template.absent();
            String tag = in.readString("keyType");
            KeyType keys = tag.equals("none") ? null : in.keyType(tag);
            int n = in.beginArray("segments");
            if (keys == null && n > 0) {
                throw in.error("keyType", "\"none\" is only for no segments: " + n + " segments");
            }
            Map<K, S> segments = new HashMap<>();
            for (int i = 0; i < n; i++) {
                in.beginObject(null);
                K key = (K) in.readKey("key", keys);
                if (segments.containsKey(key)) {
                    throw in.error("key", "key " + key + " appears twice");
                }
                segments.put(key, in.readTally("tally", empty));
                in.endObject();
            }
            in.endArray();
            S absent = in.readTally("absent", empty);
            return Segmented.of(dimension, empty, segments, absent);
        }
    }

    /** A tally per bucket of a range of time, with the records out of the range and with no instant. */
    private static final class SeriesType<S extends Tally<S>> implements TallyType<BucketSeries<S>> {
        /** The longest a bucket of each granularity can last, a day-light saving shift included. */
        private static final Duration[] LONGEST = {Duration.ofHours(2), Duration.ofHours(26),
                Duration.ofHours(7 * 24 + 2), Duration.ofHours(31 * 24 + 2), Duration.ofHours(92 * 24 + 2)};

        @Override
        public String tag() {
            return "bucket-series";
        }

        @Override
        public Class<?> type() {
            return BucketSeries.class;
        }

        @Override
        public void write(BucketSeries<S> tally, TallyWriter out) {
            BucketRange range = tally.range();
            out.writeInstant("from", range.from());
            out.writeInstant("to", range.to());
            out.writeString("granularity", range.granularity().name());
            out.writeString("zone", range.zone().getId());
            out.beginArray("buckets", range.size());
            for (S s : tally.buckets().values()) {
                out.writeTally(null, s);
            }
            out.endArray();
            out.writeTally("outOfRange", tally.outOfRange());
            out.writeTally("absent", tally.absent());
        }

        @Override
        public BucketSeries<S> read(TallyReader in, BucketSeries<S> template) {
            Instant from = in.readInstant("from");
            Instant to = in.readInstant("to");
            String g = in.readString("granularity");
            Granularity granularity;
            try {
                granularity = Granularity.valueOf(g);
            } catch (IllegalArgumentException e) {
                throw in.error("granularity", "must be one of HOUR, DAY, WEEK, MONTH, QUARTER: \"" + g + "\"");
            }
            String z = in.readString("zone");
            ZoneId zone;
            try {
                zone = ZoneId.of(z);
            } catch (DateTimeException e) {
                throw in.error("zone", "not a time zone: \"" + z + "\"");
            }
            if (to.isBefore(from)) {
                throw in.error("to", "must not be before from " + from + ": " + to);
            }
            S empty = template.absent();
            int n = in.beginArray("buckets");
            long fewest = Duration.between(from, to).dividedBy(LONGEST[granularity.ordinal()]) - 1;
            if (fewest > n) {
                throw in.error("buckets", "a " + granularity + " range from " + from + " to " + to + " has at least "
                        + fewest + " buckets: " + n);
            }
            BucketRange range;
            try {
                range = BucketRange.of(from, to, granularity, zone);
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                throw in.error("from", "not a bucket range: " + e.getMessage());
            }
            if (range.size() != n) {
                throw in.error("buckets", "must be the " + range.size() + " buckets of " + range + ": " + n);
            }
            Map<Bucket, S> tallies = new HashMap<>();
            List<Bucket> buckets = range.buckets();
            for (int i = 0; i < n; i++) {
                tallies.put(buckets.get(i), in.readTally(null, empty));
            }
            in.endArray();
            S outOfRange = in.readTally("outOfRange", empty);
            S absent = in.readTally("absent", empty);
            return BucketSeries.of(range, empty, tallies, outOfRange, absent);
        }
    }

    /** The tallies of a metric set, one per metric in its order. */
    private static final class TalliesType<T> implements TallyType<Tallies<T>> {
        @Override
        public String tag() {
            return "tallies";
        }

        @Override
        public Class<?> type() {
            return Tallies.class;
        }

        @Override
        public void write(Tallies<T> tally, TallyWriter out) {
            List<Metric<T, ?>> metrics = tally.set().metrics();
            List<Tally<?>> list = tally.list();
            out.beginArray("metrics", list.size());
            for (int i = 0; i < list.size(); i++) {
                out.beginObject(null);
                out.writeString("metric", metrics.get(i).id());
                writeAny(out, list.get(i));
                out.endObject();
            }
            out.endArray();
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static void writeAny(TallyWriter out, Tally<?> t) {
            out.writeTally("tally", (Tally) t);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Tallies<T> read(TallyReader in, Tallies<T> template) {
            List<Metric<T, ?>> metrics = template.set().metrics();
            int n = in.beginArray("metrics");
            if (n != metrics.size()) {
                throw in.error("metrics", "must be the " + metrics.size() + " metrics of " + template.set().id() + ": "
                        + n);
            }
            List<Tally<?>> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                in.beginObject(null);
                String id = in.readString("metric");
                if (!id.equals(metrics.get(i).id())) {
                    throw in.error("metric", "must be " + metrics.get(i).id() + ", metric " + (i + 1) + " of the set: "
                            + id);
                }
                list.add((Tally<?>) in.readTally("tally", (Tally) metrics.get(i).empty()));
                in.endObject();
            }
            in.endArray();
            return Tallies.of(template.set(), list);
        }
    }
}
