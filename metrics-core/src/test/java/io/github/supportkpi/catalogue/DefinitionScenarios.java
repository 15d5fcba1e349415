package io.github.supportkpi.catalogue;

import io.github.supportkpi.backlog.Backlog;
import io.github.supportkpi.backlog.BacklogDefinition;
import io.github.supportkpi.contact.AbandonmentDefinition;
import io.github.supportkpi.contact.AbandonmentRate;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.contact.HandleTimeDefinition;
import io.github.supportkpi.contact.HandleTimeUnit;
import io.github.supportkpi.contact.ServiceLevel;
import io.github.supportkpi.contact.ServiceLevelDefinition;
import io.github.supportkpi.contact.ServiceLevelDefinition.Abandons;
import io.github.supportkpi.domain.AgentCreated;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.ResolutionPoint;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.UnknownWait;
import io.github.supportkpi.domain.UnrepliedResolution;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.experience.SatisfactionDefinition;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.quality.ContactResolution;
import io.github.supportkpi.quality.ContactResolutionDefinition;
import io.github.supportkpi.quality.FcrCriteria;
import io.github.supportkpi.quality.FcrDefinition;
import io.github.supportkpi.quality.FcrEligibility;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.sla.SlaCompliance;
import io.github.supportkpi.sla.SlaCondition;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaPolicies;
import io.github.supportkpi.sla.SlaPolicy;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.ResolutionTimeDefinition;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.speed.StatusTimeDefinition;
import io.github.supportkpi.speed.TimeInStatus;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.BusinessCalendar.Interval;
import io.github.supportkpi.time.ElapsedTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Definitions of catalogue metrics generated from a seed: the metric, the same definition built apart (sets,
 * maps, calendars and holidays given in another order, rules of one's own given again as new lambdas under
 * the same name), and for each knob a copy that differs in that knob alone.
 */
final class DefinitionScenarios {
    private DefinitionScenarios() {}

    /** A generated definition; {@code toString} names the seed that replays it. */
    record Scenario(String what, long seed, Metric<?, ?> metric, Metric<?, ?> builtApart,
            Map<String, Metric<?, ?>> changed) {
        @Override
        public String toString() {
            return what + " from seed " + seed + ": " + metric.definition();
        }
    }

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"), ZoneId.of("Australia/Sydney"));
    private static final List<String> WORDS = List.of("billing", "refund", "bug", "spam", "vip", "gold tier",
            "enterprise", "say \"hi\"", "Zürich");
    private static final Instant NOW = Instant.parse("2024-06-03T12:00:00Z");

    // ---- pieces ----

    /** What a business calendar is built from: the builder's calls, in an order of one's choosing. */
    record CalendarPlan(ZoneId zone, List<Interval> intervals, List<LocalDate> holidays, List<Instant[]> closed,
            List<Instant[]> opened) {
        BusinessCalendar build(Random order) {
            List<java.util.function.Consumer<BusinessCalendar.Builder>> steps = new ArrayList<>();
            for (Interval i : intervals) {
                steps.add(b -> {
                    if (i.allDay()) {
                        b.allDay(i.day());
                    } else {
                        b.interval(i.day(), i.start(), i.end());
                    }
                });
            }
            for (LocalDate d : holidays) {
                steps.add(b -> b.holiday(d));
                if (order.nextInt(4) == 0) {
                    steps.add(b -> b.holidays(List.of(d))); // the same holiday given twice
                }
            }
            closed.forEach(c -> steps.add(b -> b.closed(c[0], c[1])));
            opened.forEach(o -> steps.add(b -> b.open(o[0], o[1])));
            Collections.shuffle(steps, order);
            BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
            steps.forEach(s -> s.accept(builder));
            return builder.build();
        }

        CalendarPlan withZone(ZoneId z) {
            return new CalendarPlan(z, intervals, holidays, closed, opened);
        }

        CalendarPlan withIntervals(List<Interval> v) {
            return new CalendarPlan(zone, v, holidays, closed, opened);
        }

        CalendarPlan withHolidays(List<LocalDate> v) {
            return new CalendarPlan(zone, intervals, v, closed, opened);
        }
    }

    static CalendarPlan calendarPlan(Random r) {
        ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
        List<Interval> intervals = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (r.nextInt(10) < 6) {
                if (r.nextInt(8) == 0) {
                    intervals.add(new Interval(d, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true));
                } else {
                    int start = r.nextInt(22 * 60);
                    int length = 15 + r.nextInt(1439 - start - 15 + 1);
                    intervals.add(new Interval(d, LocalTime.of(start / 60, start % 60),
                            LocalTime.of((start + length) / 60, (start + length) % 60), false));
                }
            }
        }
        List<LocalDate> holidays = new ArrayList<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            holidays.add(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(366)));
        }
        List<Instant[]> closed = new ArrayList<>();
        List<Instant[]> opened = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            Instant from = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * r.nextInt(366 * 1440));
            (r.nextBoolean() ? closed : opened).add(new Instant[] {from, from.plusSeconds(60L + 60L * r.nextInt(3000))});
        }
        return new CalendarPlan(zone, intervals, holidays, closed, opened);
    }

    /** For each knob of a calendar, a plan that differs in it alone. */
    static Map<String, CalendarPlan> calendarChanges(CalendarPlan p, Random r) {
        Map<String, CalendarPlan> changes = new LinkedHashMap<>();
        changes.put("zone", p.withZone(ZONES.get((ZONES.indexOf(p.zone()) + 1 + r.nextInt(ZONES.size() - 1))
                % ZONES.size())));
        List<Interval> fewer = new ArrayList<>(p.intervals());
        if (fewer.isEmpty()) {
            changes.put("an interval added", p.withIntervals(
                    List.of(new Interval(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(11, 0), false))));
        } else {
            Interval dropped = fewer.remove(r.nextInt(fewer.size()));
            changes.put("an interval dropped", p.withIntervals(fewer));
            List<Interval> shorter = new ArrayList<>(p.intervals());
            shorter.set(shorter.indexOf(dropped), dropped.allDay()
                    ? new Interval(dropped.day(), LocalTime.MIDNIGHT, LocalTime.of(23, 0), false)
                    : new Interval(dropped.day(), dropped.start(), dropped.end().minusMinutes(1), false));
            changes.put("an interval shortened", p.withIntervals(shorter));
        }
        List<LocalDate> more = new ArrayList<>(p.holidays());
        more.add(LocalDate.of(2030, 1, 1).plusDays(r.nextInt(300)));
        changes.put("a holiday added", p.withHolidays(more));
        if (!p.holidays().isEmpty()) {
            Set<LocalDate> distinct = new TreeSet<>(p.holidays());
            LocalDate gone = new ArrayList<>(distinct).get(r.nextInt(distinct.size()));
            changes.put("a holiday removed", p.withHolidays(p.holidays().stream().filter(d -> !d.equals(gone)).toList()));
        }
        Instant far = Instant.parse("2150-01-01T00:00:00Z").plusSeconds(3600L * r.nextInt(1000));
        List<Instant[]> closed = new ArrayList<>(p.closed());
        closed.add(new Instant[] {far, far.plusSeconds(3600)});
        changes.put("a closure added", new CalendarPlan(p.zone(), p.intervals(), p.holidays(), closed, p.opened()));
        List<Instant[]> opened = new ArrayList<>(p.opened());
        opened.add(new Instant[] {far.plusSeconds(86_400 * 400L), far.plusSeconds(86_400 * 400L + 1800)});
        changes.put("an opening added", new CalendarPlan(p.zone(), p.intervals(), p.holidays(), p.closed(), opened));
        return changes;
    }

    private static <E> Set<E> subset(Random r, List<E> all, boolean nonEmpty) {
        Set<E> s = new LinkedHashSet<>();
        for (E e : all) {
            if (r.nextBoolean()) {
                s.add(e);
            }
        }
        if (nonEmpty && s.isEmpty()) {
            s.add(all.get(r.nextInt(all.size())));
        }
        return s;
    }

    /** The same elements, in another order. */
    private static <E> Set<E> shuffled(Set<E> set, Random order) {
        List<E> list = new ArrayList<>(set);
        Collections.shuffle(list, order);
        return new LinkedHashSet<>(list);
    }

    private static <E> Set<E> toggled(Set<E> set, E e) {
        Set<E> s = new LinkedHashSet<>(set);
        if (!s.remove(e)) {
            s.add(e);
        }
        return s;
    }

    /** A rule of one's own: a new lambda on each call, so built apart it is another instance. */
    private static Predicate<Ticket> rule(String word) {
        int length = word.length();
        return t -> t.id().length() != length;
    }

    private static Summary other(Summary s) {
        return s == Summary.EXACT ? Summary.SKETCH : Summary.EXACT;
    }

    private static Summary summary(Random r) {
        return r.nextBoolean() ? Summary.EXACT : Summary.SKETCH;
    }

    private static Random apart(long seed) {
        return new Random(seed * 31 + 17);
    }

    // ---- scenarios ----

    static Scenario firstResponseTime(long seed) {
        Random r = new Random(seed);
        boolean bots = r.nextBoolean();
        Summary summary = summary(r);
        CalendarPlan plan = calendarPlan(r);
        Function<ElapsedTime, Metric<?, ?>> frt = e -> FirstResponseTime.of(new ResponseDefinition(bots, e, summary));
        Map<String, Metric<?, ?>> changed = new LinkedHashMap<>();
        changed.put("includeBots",
                FirstResponseTime.of(new ResponseDefinition(!bots, plan.build(new Random(seed)), summary)));
        changed.put("summary",
                FirstResponseTime.of(new ResponseDefinition(bots, plan.build(new Random(seed)), other(summary))));
        changed.put("calendar time", frt.apply(ElapsedTime.CALENDAR));
        changed.put("unrepliedResolution", FirstResponseTime.of(new ResponseDefinition(bots,
                plan.build(new Random(seed)), summary, UnrepliedResolution.SOLVE_ENDS_CLOCK)));
        changed.put("agentCreated", FirstResponseTime.of(new ResponseDefinition(bots, plan.build(new Random(seed)),
                summary, AgentCreated.EXCLUDE)));
        calendarChanges(plan, r).forEach((knob, p) -> changed.put("calendar: " + knob, frt.apply(p.build(new Random(seed)))));
        return new Scenario("first response time", seed, frt.apply(plan.build(new Random(seed))),
                frt.apply(plan.build(apart(seed))), changed);
    }

    private static FcrEligibility eligibility(int kind, Set<String> categories, String name) {
        return switch (kind) {
            case 0 -> FcrEligibility.all();
            case 1 -> FcrEligibility.excludingCategories(categories.toArray(new String[0]));
            default -> FcrEligibility.matching(name, rule(name));
        };
    }

    static Scenario firstContactResolution(long seed) {
        Random r = new Random(seed);
        int kind = r.nextInt(3);
        Set<String> categories = subset(r, WORDS, true);
        String name = WORDS.get(r.nextInt(WORDS.size()));
        int replies = r.nextInt(5) == 0 ? FcrCriteria.NO_REPLY_LIMIT : r.nextInt(4);
        FcrCriteria criteria = new FcrCriteria(replies, r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
        Function<FcrEligibility, Metric<?, ?>> fcr = e -> FirstContactResolution.of(new FcrDefinition(e, criteria));
        Map<String, Metric<?, ?>> changed = new LinkedHashMap<>();
        changed.put("eligibility", fcr.apply(eligibility((kind + 1 + r.nextInt(2)) % 3, categories, name)));
        if (kind == 1) {
            Set<String> more = new LinkedHashSet<>(categories);
            more.add("another category");
            changed.put("categories", fcr.apply(eligibility(1, more, name)));
        }
        if (kind == 2) {
            changed.put("rule name", fcr.apply(eligibility(2, categories, name + " too")));
        }
        FcrEligibility e = eligibility(kind, categories, name);
        changed.put("maxAgentReplies", FirstContactResolution.of(new FcrDefinition(e,
                criteria.withMaxAgentReplies(replies == FcrCriteria.NO_REPLY_LIMIT ? 1 : replies + 1))));
        changed.put("noReopen", FirstContactResolution.of(new FcrDefinition(e, criteria.withNoReopen(!criteria.noReopen()))));
        changed.put("noEscalation",
                FirstContactResolution.of(new FcrDefinition(e, criteria.withNoEscalation(!criteria.noEscalation()))));
        changed.put("noTransfer",
                FirstContactResolution.of(new FcrDefinition(e, criteria.withNoTransfer(!criteria.noTransfer()))));
        return new Scenario("first contact resolution", seed, fcr.apply(e),
                fcr.apply(eligibility(kind, shuffled(categories, apart(seed)), name)), changed);
    }

    /** What an SLA policy is made of. */
    record PolicyPlan(String name, int condition, Set<Priority> priorities, Set<String> channels, String rule,
            Map<SlaTarget, Duration> targets, CalendarPlan calendar) {
        SlaPolicy build(Random order) {
            SlaCondition c = switch (condition) {
                case 0 -> SlaCondition.always();
                case 1 -> priorities(order);
                case 2 -> channels(order);
                case 3 -> SlaCondition.matching(rule, DefinitionScenarios.rule(rule));
                default -> SlaCondition.matching(rule, DefinitionScenarios.rule(rule)).and(priorities(order));
            };
            SlaPolicy p = SlaPolicy.of(name, c, calendar.build(order));
            List<SlaTarget> keys = new ArrayList<>(targets.keySet());
            Collections.shuffle(keys, order);
            for (SlaTarget t : keys) {
                p = p.withTarget(t, targets.get(t));
            }
            return p;
        }

        private SlaCondition priorities(Random order) {
            List<Priority> ps = new ArrayList<>(priorities);
            Collections.shuffle(ps, order);
            return SlaCondition.priority(ps.get(0), ps.subList(1, ps.size()).toArray(new Priority[0]));
        }

        private SlaCondition channels(Random order) {
            List<Channel> cs = new ArrayList<>();
            channels.forEach(c -> cs.add(new Channel(c)));
            Collections.shuffle(cs, order);
            return SlaCondition.channel(cs.get(0), cs.subList(1, cs.size()).toArray(new Channel[0]));
        }

        PolicyPlan with(String n, int cond, Map<SlaTarget, Duration> t, CalendarPlan cal) {
            return new PolicyPlan(n, cond, priorities, channels, rule, t, cal);
        }
    }

    private static PolicyPlan policyPlan(Random r, String name) {
        Map<SlaTarget, Duration> targets = new LinkedHashMap<>();
        for (SlaTarget t : subset(r, List.of(SlaTarget.values()), true)) {
            targets.put(t, Duration.ofMinutes(1 + r.nextInt(600)));
        }
        return new PolicyPlan(name, r.nextInt(5), subset(r, List.of(Priority.values()), true),
                subset(r, List.of("email", "chat", "phone", "web"), true), WORDS.get(r.nextInt(WORDS.size())),
                targets, calendarPlan(r));
    }

    /** What an SLA definition is made of. */
    record SlaPlan(List<PolicyPlan> policies, Optional<PolicyPlan> fallback, Set<Status> paused, boolean pauseFirst,
            boolean overdueAsBreached, boolean bots, Instant now) {
        SlaDefinition build(Random order) {
            SlaPolicies.Builder b = SlaPolicies.builder();
            policies.forEach(p -> b.policy(p.build(order)));
            fallback.ifPresent(f -> b.otherwise(f.build(order)));
            return new SlaDefinition(b.build(), shuffled(paused, order), pauseFirst, overdueAsBreached, bots, now);
        }

        SlaPlan withPolicies(List<PolicyPlan> ps, Optional<PolicyPlan> f) {
            return new SlaPlan(ps, f, paused, pauseFirst, overdueAsBreached, bots, now);
        }
    }

    static SlaPlan slaPlan(Random r) {
        List<PolicyPlan> policies = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            policies.add(policyPlan(r, "policy " + i));
        }
        Optional<PolicyPlan> fallback = r.nextBoolean() ? Optional.of(policyPlan(r, "fallback")) : Optional.empty();
        return new SlaPlan(policies, fallback, subset(r, List.of(Status.values()), false), r.nextBoolean(),
                r.nextBoolean(), r.nextBoolean(), NOW.plusSeconds(r.nextInt(86_400)));
    }

    static Scenario slaCompliance(long seed) {
        Random r = new Random(seed);
        SlaPlan plan = slaPlan(r);
        Function<SlaPlan, Metric<?, ?>> sla = p -> SlaCompliance.of(p.build(new Random(seed)));
        Map<String, Metric<?, ?>> changed = new LinkedHashMap<>();
        PolicyPlan first = plan.policies().get(0);
        Function<PolicyPlan, SlaPlan> firstIs = p -> {
            List<PolicyPlan> ps = new ArrayList<>(plan.policies());
            ps.set(0, p);
            return plan.withPolicies(ps, plan.fallback());
        };
        changed.put("policy name", sla.apply(firstIs.apply(first.with("renamed", first.condition(), first.targets(),
                first.calendar()))));
        changed.put("condition", sla.apply(firstIs.apply(new PolicyPlan(first.name(), 3, first.priorities(),
                first.channels(), "a rule no policy has", first.targets(), first.calendar()))));
        Map<SlaTarget, Duration> longer = new LinkedHashMap<>(first.targets());
        SlaTarget t = longer.keySet().iterator().next();
        longer.put(t, longer.get(t).plusMinutes(1));
        changed.put("target duration", sla.apply(firstIs.apply(first.with(first.name(), first.condition(), longer,
                first.calendar()))));
        Map<SlaTarget, Duration> others = new LinkedHashMap<>(first.targets());
        if (others.size() == SlaTarget.values().length) {
            others.remove(t);
        } else {
            for (SlaTarget missing : SlaTarget.values()) {
                others.putIfAbsent(missing, Duration.ofMinutes(45));
            }
        }
        changed.put("targets", sla.apply(firstIs.apply(first.with(first.name(), first.condition(), others,
                first.calendar()))));
        calendarChanges(first.calendar(), r).forEach((knob, c) -> changed.put("calendar: " + knob,
                sla.apply(firstIs.apply(first.with(first.name(), first.condition(), first.targets(), c)))));
        if (plan.policies().size() > 1) {
            List<PolicyPlan> swapped = new ArrayList<>(plan.policies());
            Collections.swap(swapped, 0, 1);
            changed.put("policy order", sla.apply(plan.withPolicies(swapped, plan.fallback())));
        }
        changed.put("fallback", sla.apply(plan.withPolicies(plan.policies(), plan.fallback().isPresent()
                ? Optional.empty() : Optional.of(policyPlan(r, "fallback")))));
        changed.put("pausedStatuses", sla.apply(new SlaPlan(plan.policies(), plan.fallback(),
                toggled(plan.paused(), Status.ON_HOLD), plan.pauseFirst(), plan.overdueAsBreached(), plan.bots(),
                plan.now())));
        changed.put("pauseFirstResponse", sla.apply(new SlaPlan(plan.policies(), plan.fallback(), plan.paused(),
                !plan.pauseFirst(), plan.overdueAsBreached(), plan.bots(), plan.now())));
        changed.put("overdueAsBreached", sla.apply(new SlaPlan(plan.policies(), plan.fallback(), plan.paused(),
                plan.pauseFirst(), !plan.overdueAsBreached(), plan.bots(), plan.now())));
        changed.put("includeBots", sla.apply(new SlaPlan(plan.policies(), plan.fallback(), plan.paused(),
                plan.pauseFirst(), plan.overdueAsBreached(), !plan.bots(), plan.now())));
        changed.put("now", sla.apply(new SlaPlan(plan.policies(), plan.fallback(), plan.paused(), plan.pauseFirst(),
                plan.overdueAsBreached(), plan.bots(), plan.now().plusSeconds(1))));
        changed.put("unrepliedResolution", SlaCompliance.of(plan.build(new Random(seed))
                .withUnrepliedResolution(UnrepliedResolution.SOLVE_ENDS_CLOCK)));
        changed.put("everBreached", SlaCompliance.of(plan.build(new Random(seed)).withEverBreached(false)));
        return new Scenario("SLA compliance", seed, sla.apply(plan), SlaCompliance.of(plan.build(apart(seed))), changed);
    }

    static Scenario serviceLevel(long seed) {
        Random r = new Random(seed);
        Duration target = Duration.ofSeconds(r.nextInt(120));
        Abandons abandons = Abandons.values()[r.nextInt(Abandons.values().length)];
        Duration threshold = Duration.ofSeconds(r.nextInt(30));
        boolean meet = abandons != Abandons.EXCLUDED && r.nextBoolean();
        Set<InteractionKind> kinds = subset(r, List.of(InteractionKind.CALL, InteractionKind.CHAT), true);
        UnknownWait unknown = UnknownWait.values()[r.nextInt(UnknownWait.values().length)];
        ServiceLevelDefinition d = new ServiceLevelDefinition(target, abandons, threshold, meet, kinds, unknown);
        Map<String, Metric<?, ?>> changed = new LinkedHashMap<>();
        changed.put("target", ServiceLevel.of(d.withTarget(target.plusSeconds(1))));
        List<Abandons> allowed = new ArrayList<>(List.of(Abandons.values()));
        allowed.remove(abandons);
        if (meet) {
            allowed.remove(Abandons.EXCLUDED);
        }
        changed.put("abandons", ServiceLevel.of(d.withAbandons(allowed.get(r.nextInt(allowed.size())))));
        changed.put("shortAbandonThreshold", ServiceLevel.of(d.withShortAbandonThreshold(threshold.plusSeconds(1))));
        if (abandons != Abandons.EXCLUDED) {
            changed.put("abandonsWithinTargetMeet", ServiceLevel.of(d.withAbandonsWithinTargetMeet(!meet)));
        }
        changed.put("kinds", ServiceLevel.of(d.withKinds(kinds.size() == 2 ? Set.of(InteractionKind.CALL)
                : EnumSet.of(InteractionKind.CALL, InteractionKind.CHAT))));
        changed.put("unknownWait", ServiceLevel.of(d.withUnknownWait(other(unknown, r))));
        return new Scenario("service level", seed, ServiceLevel.of(d),
                ServiceLevel.of(new ServiceLevelDefinition(target, abandons, threshold, meet, shuffled(kinds, apart(seed)),
                        unknown)),
                changed);
    }

    static Scenario abandonment(long seed) {
        Random r = new Random(seed);
        Duration threshold = Duration.ofSeconds(r.nextInt(60));
        Set<InteractionKind> kinds = subset(r, List.of(InteractionKind.CALL, InteractionKind.CHAT), true);
        UnknownWait unknown = UnknownWait.values()[r.nextInt(UnknownWait.values().length)];
        AbandonmentDefinition d = new AbandonmentDefinition(threshold, kinds, unknown);
        return new Scenario("abandonment", seed, AbandonmentRate.of(d),
                AbandonmentRate.of(new AbandonmentDefinition(threshold, shuffled(kinds, apart(seed)), unknown)),
                Map.of("shortAbandonThreshold", AbandonmentRate.of(d.withShortAbandonThreshold(threshold.plusMillis(1))),
                        "kinds", AbandonmentRate.of(d.withKinds(kinds.size() == 2 ? Set.of(InteractionKind.CHAT)
                                : EnumSet.of(InteractionKind.CALL, InteractionKind.CHAT))),
                        "unknownWait", AbandonmentRate.of(d.withUnknownWait(other(unknown, r)))));
    }

    static Scenario contactResolution(long seed) {
        Random r = new Random(seed);
        List<InteractionKind> contacts = List.of(InteractionKind.CALL, InteractionKind.CHAT,
                InteractionKind.CUSTOMER_MESSAGE, InteractionKind.SELF_SERVICE);
        Set<InteractionKind> kinds = subset(r, contacts, true);
        Set<InteractionKind> other = new TreeSet<>(kinds);
        if (!other.remove(InteractionKind.CUSTOMER_MESSAGE)) {
            other.add(InteractionKind.CUSTOMER_MESSAGE);
        } else if (other.isEmpty()) {
            other.add(InteractionKind.CALL);
        }
        ContactResolutionDefinition d = new ContactResolutionDefinition(kinds);
        return new Scenario("contact resolution", seed, ContactResolution.of(d),
                ContactResolution.of(new ContactResolutionDefinition(shuffled(kinds, apart(seed)))),
                Map.of("kinds", ContactResolution.of(d.withKinds(other))));
    }

    /** Another rule for unknown waits than {@code rule}. */
    private static UnknownWait other(UnknownWait rule, Random r) {
        List<UnknownWait> others = new ArrayList<>(List.of(UnknownWait.values()));
        others.remove(rule);
        return others.get(r.nextInt(others.size()));
    }

    private static BacklogDefinition backlogDefinition(int rule, Duration age, int days, CalendarPlan calendar,
            SlaPlan sla, SlaTarget target, String name, Random order) {
        return switch (rule) {
            case 0 -> BacklogDefinition.allUnresolved();
            case 1 -> BacklogDefinition.olderThan(age);
            case 2 -> BacklogDefinition.notUpdatedFor(days, calendar.build(order));
            case 3 -> BacklogDefinition.pastSlaDeadline(sla.build(order), target);
            default -> BacklogDefinition.matching(name, (t, at) -> rule(name).test(t));
        };
    }

    static Scenario backlog(long seed) {
        Random r = new Random(seed);
        Instant at = NOW.plusSeconds(r.nextInt(86_400 * 30));
        int rule = r.nextInt(5);
        Duration age = Duration.ofMinutes(1 + r.nextInt(10_000));
        int days = 1 + r.nextInt(10);
        CalendarPlan calendar = calendarPlan(r);
        SlaPlan sla = slaPlan(r);
        SlaTarget target = SlaTarget.values()[r.nextInt(SlaTarget.values().length)];
        String name = WORDS.get(r.nextInt(WORDS.size()));
        Function<BacklogDefinition, Metric<?, ?>> backlog = d -> Backlog.at(at, d);
        BacklogDefinition d = backlogDefinition(rule, age, days, calendar, sla, target, name, new Random(seed));
        Map<String, Metric<?, ?>> changed = new LinkedHashMap<>();
        changed.put("instant", Backlog.at(at.plusSeconds(1), d));
        changed.put("rule", backlog.apply(backlogDefinition((rule + 1 + r.nextInt(4)) % 5, age, days, calendar, sla,
                target, name, new Random(seed))));
        switch (rule) {
            case 1 -> changed.put("threshold", backlog.apply(BacklogDefinition.olderThan(age.plusMinutes(1))));
            case 2 -> {
                changed.put("businessDays", backlog.apply(BacklogDefinition.notUpdatedFor(days + 1,
                        calendar.build(new Random(seed)))));
                calendarChanges(calendar, r).forEach((knob, c) -> changed.put("calendar: " + knob,
                        backlog.apply(BacklogDefinition.notUpdatedFor(days, c.build(new Random(seed))))));
            }
            case 3 -> {
                changed.put("target", backlog.apply(BacklogDefinition.pastSlaDeadline(sla.build(new Random(seed)),
                        SlaTarget.values()[(target.ordinal() + 1) % SlaTarget.values().length])));
                changed.put("sla", backlog.apply(BacklogDefinition.pastSlaDeadline(
                        sla.build(new Random(seed)).withIncludeBots(!sla.bots()), target)));
            }
            case 4 -> changed.put("rule name", backlog.apply(BacklogDefinition.matching(name + " too", (t, x) -> true)));
            default -> { }
        }
        return new Scenario("backlog", seed, backlog.apply(d),
                backlog.apply(backlogDefinition(rule, age, days, calendar, sla, target, name, apart(seed))), changed);
    }

    static Scenario resolutionTime(long seed) {
        Random r = new Random(seed);
        ResolutionPoint point = ResolutionPoint.values()[r.nextInt(ResolutionPoint.values().length)];
        boolean business = r.nextBoolean();
        CalendarPlan plan = calendarPlan(r);
        Summary summary = summary(r);
        Function<Random, ElapsedTime> time = o -> business ? plan.build(o) : ElapsedTime.CALENDAR;
        ResolutionTimeDefinition d = new ResolutionTimeDefinition(point, time.apply(new Random(seed)), summary);
        Map<String, Metric<?, ?>> changed = new LinkedHashMap<>();
        changed.put("point", ResolutionTime.of(d.withPoint(
                ResolutionPoint.values()[(point.ordinal() + 1) % ResolutionPoint.values().length])));
        changed.put("elapsedTime", ResolutionTime.of(d.withElapsedTime(business ? ElapsedTime.CALENDAR
                : plan.build(new Random(seed)))));
        changed.put("summary", ResolutionTime.of(d.withSummary(other(summary))));
        if (business) {
            calendarChanges(plan, r).forEach((knob, c) -> changed.put("calendar: " + knob,
                    ResolutionTime.of(d.withElapsedTime(c.build(new Random(seed))))));
        }
        return new Scenario("resolution time", seed, ResolutionTime.of(d),
                ResolutionTime.of(new ResolutionTimeDefinition(point, time.apply(apart(seed)), summary)), changed);
    }

    static Scenario timeInStatus(long seed) {
        Random r = new Random(seed);
        Set<Status> statuses = subset(r, List.of(Status.values()), true);
        boolean business = r.nextBoolean();
        CalendarPlan plan = calendarPlan(r);
        Optional<Instant> asOf = r.nextBoolean() ? Optional.of(NOW.plusSeconds(r.nextInt(86_400))) : Optional.empty();
        Summary summary = summary(r);
        Function<Random, ElapsedTime> time = o -> business ? plan.build(o) : ElapsedTime.CALENDAR;
        StatusTimeDefinition d = new StatusTimeDefinition(statuses, time.apply(new Random(seed)), asOf, summary);
        Map<String, Metric<?, ?>> changed = new LinkedHashMap<>();
        Status toggle = statuses.size() == 1 ? Status.values()[(statuses.iterator().next().ordinal() + 1)
                % Status.values().length] : statuses.iterator().next();
        changed.put("statuses", TimeInStatus.of(d.withStatuses(toggled(statuses, toggle))));
        changed.put("elapsedTime", TimeInStatus.of(d.withElapsedTime(business ? ElapsedTime.CALENDAR
                : plan.build(new Random(seed)))));
        changed.put("asOf", TimeInStatus.of(asOf.isPresent()
                ? new StatusTimeDefinition(statuses, d.elapsedTime(), Optional.empty(), summary)
                : d.withAsOf(NOW)));
        asOf.ifPresent(a -> changed.put("asOf instant", TimeInStatus.of(d.withAsOf(a.plusNanos(1)))));
        changed.put("summary", TimeInStatus.of(d.withSummary(other(summary))));
        return new Scenario("time in status", seed, TimeInStatus.of(d), TimeInStatus.of(new StatusTimeDefinition(
                shuffled(statuses, apart(seed)), time.apply(apart(seed)), asOf, summary)), changed);
    }

    static Scenario handleTime(long seed) {
        Random r = new Random(seed);
        HandleTimeUnit unit = HandleTimeUnit.values()[r.nextInt(HandleTimeUnit.values().length)];
        Set<InteractionKind> kinds = subset(r, List.of(InteractionKind.values()), true);
        Summary summary = summary(r);
        HandleTimeDefinition d = new HandleTimeDefinition(unit, kinds, summary);
        InteractionKind toggle = kinds.size() == 1 ? InteractionKind.values()[(kinds.iterator().next().ordinal() + 1)
                % InteractionKind.values().length] : kinds.iterator().next();
        return new Scenario("handle time", seed, AverageHandleTime.of(d),
                AverageHandleTime.of(new HandleTimeDefinition(unit, shuffled(kinds, apart(seed)), summary)),
                Map.of("unit", AverageHandleTime.of(d.withUnit(
                                HandleTimeUnit.values()[(unit.ordinal() + 1) % HandleTimeUnit.values().length])),
                        "kinds", AverageHandleTime.of(d.withKinds(toggled(kinds, toggle))),
                        "summary", AverageHandleTime.of(d.withSummary(other(summary)))));
    }

    static Scenario satisfaction(long seed) {
        Random r = new Random(seed);
        List<Scale> scales = List.of(Scale.THUMBS, Scale.ONE_TO_FIVE, Scale.ONE_TO_SEVEN, Scale.ONE_TO_TEN,
                Scale.ZERO_TO_TEN, Scale.of(-3, 3));
        Scale scale = scales.get(r.nextInt(scales.size()));
        int threshold = scale.min() + 1 + r.nextInt(scale.max() - scale.min());
        SatisfactionDefinition d = SatisfactionDefinition.of(scale, threshold);
        Map<String, Metric<?, ?>> changed = new LinkedHashMap<>();
        if (scale.max() - scale.min() > 1) {
            changed.put("satisfiedThreshold", CustomerSatisfaction.of(d.withSatisfiedThreshold(
                    threshold == scale.max() ? threshold - 1 : threshold + 1)));
        }
        changed.put("scale", CustomerSatisfaction.of(d.withScale(Scale.of(scale.min(), scale.max() + 1))));
        return new Scenario("satisfaction", seed, CustomerSatisfaction.of(d),
                CustomerSatisfaction.of(SatisfactionDefinition.of(Scale.of(scale.min(), scale.max()), threshold)),
                changed);
    }
}
