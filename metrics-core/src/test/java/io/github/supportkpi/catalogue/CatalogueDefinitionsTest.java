package io.github.supportkpi.catalogue;

import io.github.supportkpi.backlog.AgeBands;
import io.github.supportkpi.backlog.Backlog;
import io.github.supportkpi.backlog.BacklogDefinition;
import io.github.supportkpi.backlog.FlowDefinition;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.DefinitionText;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.TicketDimensions;
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
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.speed.StatusTimeDefinition;
import io.github.supportkpi.speed.TimeInStatus;
import io.github.supportkpi.testing.LibraryClasses;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.TicketVolume;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every catalogue metric states its definition: found by reflection over the library's classes (every
 * {@link DefinedMetric} through its public factories, with sample arguments, and every public factory of a
 * metric that takes no lambda), each gives a {@link Metric#definition()} that does not throw, is one line
 * with no identity hash and no lambda class name, is equal when built twice, and differs between metrics of
 * different classes; the defaults are pairwise distinct; and another JVM run gives the same texts.
 */
class CatalogueDefinitionsTest {
    private static final Instant NOW = Instant.parse("2024-03-08T17:00:00Z");
    private static final Pattern IDENTITY_HASH = Pattern.compile("@[0-9a-f]{4,}");
    private static final int MAX_CALLS_PER_FACTORY = 12;

    /** A catalogue metric found, with where it came from. */
    record Found(String origin, String factory, boolean isDefault, Metric<?, ?> metric) {}

    private static BusinessCalendar office() {
        return BusinessCalendar.builder(ZoneId.of("Europe/Paris")).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                .holiday(LocalDate.of(2024, 5, 1)).build();
    }

    private static SlaDefinition sla() {
        SlaPolicy urgent = SlaPolicy.of("urgent", SlaCondition.priority(Priority.URGENT, Priority.HIGH), office())
                .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1))
                .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(8));
        SlaPolicy rest = SlaPolicy.of("rest", SlaCondition.always(), BusinessCalendar.twentyFourSeven(ZoneId.of("UTC")))
                .withTarget(SlaTarget.RESOLUTION, Duration.ofDays(3));
        return SlaDefinition.of(SlaPolicies.builder().policy(urgent).otherwise(rest).build(), NOW)
                .withPausedStatuses(Set.of(Status.PENDING, Status.ON_HOLD));
    }

    /** The sample arguments of a parameter type; empty when the type has none. */
    private static List<Object> samples(Class<?> type) throws IllegalAccessException {
        Map<Class<?>, List<Object>> fixed = new LinkedHashMap<>();
        fixed.put(String.class, List.of("sample.id"));
        fixed.put(int.class, List.of(2));
        fixed.put(long.class, List.of(2L));
        fixed.put(boolean.class, List.of(true, false));
        fixed.put(Duration.class, List.of(Duration.ofHours(4)));
        fixed.put(Instant.class, List.of(NOW));
        fixed.put(ZoneId.class, List.of(ZoneId.of("Europe/Paris")));
        fixed.put(BusinessCalendar.class, List.of(office()));
        fixed.put(SlaDefinition.class, List.of(sla()));
        fixed.put(Backlog.At.class, List.of(new Backlog.At(NOW, BacklogDefinition.DEFAULT)));
        fixed.put(FlowDefinition.class, List.of(FlowDefinition.between(NOW, NOW.plus(Duration.ofDays(7)))));
        fixed.put(AgeBands.class, List.of(AgeBands.of(Duration.ofHours(4), Duration.ofDays(1))));
        fixed.put(Metric.class, List.of(TicketVolume.defaults()));
        if (fixed.containsKey(type)) {
            return fixed.get(type);
        }
        List<Object> found = new ArrayList<>();
        if (type.isEnum()) {
            found.addAll(List.of(type.getEnumConstants()));
            return found;
        }
        for (Field f : type.getFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == type) {
                found.add(f.get(null));
            }
        }
        if (found.isEmpty()) {
            for (Method factory : type.getMethods()) {
                if (Modifier.isStatic(factory.getModifiers()) && factory.getParameterCount() == 0
                        && factory.getReturnType() == type) {
                    try {
                        found.add(factory.invoke(null));
                    } catch (InvocationTargetException e) {
                        throw new AssertionError(factory + " failed", e.getCause());
                    }
                }
            }
        }
        return found;
    }

    private static boolean takesALambda(Method m) {
        for (Class<?> p : m.getParameterTypes()) {
            if (p.isInterface() && p.isAnnotationPresent(FunctionalInterface.class)
                    || p.getName().startsWith("java.util.function.")) {
                return true;
            }
        }
        return false;
    }

    /** Every call of a method with sample arguments, at most a dozen; none when a parameter has no sample. */
    private static List<Object> calls(Method method, Object target) throws Exception {
        List<List<Object>> choices = new ArrayList<>();
        for (Class<?> p : method.getParameterTypes()) {
            List<Object> s = samples(p);
            if (s.isEmpty()) {
                return List.of();
            }
            choices.add(s);
        }
        List<Object[]> argumentLists = new ArrayList<>();
        argumentLists.add(new Object[0]);
        for (List<Object> choice : choices) {
            List<Object[]> next = new ArrayList<>();
            for (Object[] args : argumentLists) {
                for (Object c : choice) {
                    if (next.size() < MAX_CALLS_PER_FACTORY) {
                        Object[] longer = java.util.Arrays.copyOf(args, args.length + 1);
                        longer[args.length] = c;
                        next.add(longer);
                    }
                }
            }
            argumentLists = next;
        }
        List<Object> results = new ArrayList<>();
        for (Object[] args : argumentLists) {
            try {
                results.add(method.invoke(target, args));
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof IllegalArgumentException)) { // knobs a factory refuses are skipped
                    throw new AssertionError(method + " failed", e.getCause());
                }
            }
        }
        return results;
    }

    /** The catalogue's metrics, found by reflection. */
    static List<Found> catalogue() throws Exception {
        List<Found> found = new ArrayList<>();
        for (Class<?> c : LibraryClasses.all()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            boolean defined = DefinedMetric.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers());
            for (Method factory : c.getDeclaredMethods()) {
                int m = factory.getModifiers();
                if (!Modifier.isPublic(m) || !Modifier.isStatic(m) || takesALambda(factory)
                        || !Metric.class.isAssignableFrom(factory.getReturnType())) {
                    continue;
                }
                for (Object made : calls(factory, null)) {
                    Metric<?, ?> metric = (Metric<?, ?>) made;
                    String origin = metric instanceof DefinedMetric<?, ?, ?> ? metric.getClass().getSimpleName()
                            : c.getSimpleName() + "." + factory.getName();
                    String where = c.getSimpleName() + "." + factory.getName();
                    found.add(new Found(origin, where, factory.getParameterCount() == 0, metric));
                    if (defined && c.isInstance(metric)) {
                        for (Method derived : c.getDeclaredMethods()) {
                            if (Modifier.isPublic(derived.getModifiers()) && !Modifier.isStatic(derived.getModifiers())
                                    && Metric.class.isAssignableFrom(derived.getReturnType()) && !takesALambda(derived)) {
                                for (Object d : calls(derived, metric)) {
                                    Metric<?, ?> dm = (Metric<?, ?>) d;
                                    found.add(new Found(dm instanceof DefinedMetric<?, ?, ?>
                                            ? dm.getClass().getSimpleName() : origin + "." + derived.getName(),
                                            where + "()." + derived.getName(), false, dm));
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The catalogue's defaults: what its public no-argument factories return. */
    static List<Found> defaults() throws Exception {
        return catalogue().stream().filter(Found::isDefault).toList();
    }

    @Test
    void every_catalogue_metric_states_a_definition_of_one_line_without_identity_or_lambda_names() throws Exception {
        // GIVEN every catalogue metric, and every class of metric of the library
        List<Found> catalogue = catalogue();
        List<Class<?>> definedClasses = new ArrayList<>();
        for (Class<?> c : LibraryClasses.all()) {
            if (Modifier.isPublic(c.getModifiers()) && DefinedMetric.class.isAssignableFrom(c)
                    && !Modifier.isAbstract(c.getModifiers())) {
                definedClasses.add(c);
            }
        }
        // THEN each class of the catalogue was built, along with the metrics of factories beside them
        assertThat(definedClasses).hasSizeGreaterThan(40).allSatisfy(c -> assertThat(catalogue)
                .as("a %s built from its factories", c.getSimpleName()).anyMatch(f -> f.metric().getClass() == c));
        assertThat(catalogue).extracting(Found::factory).contains("Patience.metric", "CustomerTally.metric",
                "AverageHandleTime.overInteractions", "Trend.metric", "Backlog.at().byAge",
                "FirstResponseTime.defaults().withSummary");
        // AND each states its definition, one line, with nothing that depends on the JVM run
        assertThat(catalogue).allSatisfy(f -> {
            String d = f.metric().definition();
            assertThat(d).as(f.factory()).isNotBlank().doesNotContain("\n", "\r", "$$Lambda", "$Lambda")
                    .doesNotContainPattern(IDENTITY_HASH);
        });
    }

    @Test
    void every_catalogue_metric_built_twice_states_the_same_definition_and_equal_metrics_equal_ones()
            throws Exception {
        List<Found> once = catalogue();
        List<Found> twice = catalogue();
        assertThat(twice).hasSameSizeAs(once);
        for (int i = 0; i < once.size(); i++) {
            assertThat(twice.get(i).metric().definition()).as(once.get(i).factory())
                    .isEqualTo(once.get(i).metric().definition());
        }
        for (Found a : once) {
            for (Found b : once) {
                if (a.metric() instanceof DefinedMetric<?, ?, ?> && b.metric() instanceof DefinedMetric<?, ?, ?>) {
                    assertThat(a.metric().definition().equals(b.metric().definition()))
                            .as("%s and %s: equal definitions exactly when equal metrics", a.metric(), b.metric())
                            .isEqualTo(a.metric().equals(b.metric()));
                }
            }
        }
    }

    @Test
    void metrics_of_different_classes_state_different_definitions() throws Exception {
        List<Found> catalogue = catalogue();
        for (Found a : catalogue) {
            for (Found b : catalogue) {
                if (!a.origin().equals(b.origin())) {
                    assertThat(a.metric().definition()).as("%s and %s", a.factory(), b.factory())
                            .isNotEqualTo(b.metric().definition());
                }
            }
        }
    }

    @Test
    void the_catalogue_defaults_state_pairwise_distinct_definitions() throws Exception {
        List<Found> defaults = defaults();
        assertThat(defaults).extracting(Found::factory).contains("FirstResponseTime.defaults", "TimeInStatus.onHold",
                "TimeInStatus.agentWait", "Patience.metric", "NetPromoterScore.defaults",
                "EmployeeNetPromoterScore.defaults");
        List<String> texts = new ArrayList<>();
        for (Found f : defaults) {
            texts.add(f.metric().definition());
        }
        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void a_metric_keeping_a_sketch_states_so_and_one_that_does_not_keeps_its_definition() throws Exception {
        for (Found f : catalogue()) {
            Metric<?, ?> exact = f.metric().withSummary(Summary.EXACT);
            Metric<?, ?> sketch = exact.withSummary(Summary.SKETCH);
            if (sketch.empty() instanceof DurationStats d && d.summary() == Summary.SKETCH) {
                assertThat(sketch.definition()).as(f.factory()).isNotEqualTo(exact.definition()).contains("SKETCH");
            } else {
                assertThat(sketch.definition()).as(f.factory()).isEqualTo(exact.definition());
            }
        }
    }

    /** Definitions rich in sets, maps and calendars, whose iteration orders differ from one JVM run to the next. */
    static List<Metric<Ticket, ?>> rich() {
        FcrDefinition fcr = new FcrDefinition(FcrEligibility.excludingCategories(Set.of("refund", "billing", "bug")),
                FcrCriteria.DEFAULT.withMaxAgentReplies(2));
        SlaCompliance compliance = SlaCompliance.of(sla());
        return List.of(compliance, compliance.by(TicketDimensions.PRIORITY),
                Backlog.at(NOW, BacklogDefinition.pastSlaDeadline(sla(), SlaTarget.RESOLUTION))
                        .byAge(AgeBands.of(Duration.ofHours(4), Duration.ofDays(1))),
                FirstContactResolution.of(fcr).filter("email", t -> true),
                TimeInStatus.of(StatusTimeDefinition.CUSTOMER_WAIT.withStatuses(
                        Set.of(Status.NEW, Status.OPEN, Status.ON_HOLD, Status.PENDING)).withElapsedTime(office())),
                FirstResponseTime.of(ResponseDefinition.DEFAULT.withElapsedTime(office())).withSummary(Summary.SKETCH),
                MetricSet.of(FirstResponseTime.defaults(), compliance, FirstContactResolution.of(fcr)),
                io.github.supportkpi.report.Trend.metric(FirstResponseTime.defaults(), NOW, NOW.plus(Duration.ofDays(14)),
                        Granularity.WEEK, ZoneId.of("America/New_York")),
                SlaCompliance.of(sla().withPolicies(SlaPolicies.of(SlaPolicy.of("vip",
                        SlaCondition.channel(new Channel("chat"), new Channel("email"))
                                .and(SlaCondition.matching("vip customer", t -> true)), office())
                        .withTarget(SlaTarget.NEXT_RESPONSE, Duration.ofMinutes(30)))))
                        .filter("not spam", t -> true));
    }

    /** The definitions this JVM gives: the catalogue's defaults and {@link #rich()}. */
    static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Found f : defaults()) {
            texts.add(f.factory() + " " + f.metric().definition());
        }
        for (Metric<Ticket, ?> m : rich()) {
            texts.add(m.id() + " " + m.definition());
        }
        return texts;
    }

    /** Prints {@link #texts()}, one a line, for the test run in another JVM. */
    public static final class PrintDefinitions {
        private PrintDefinitions() {}

        /**
         * Prints the definitions.
         *
         * @param args none
         * @throws Exception if a definition fails
         */
        public static void main(String[] args) throws Exception {
            java.io.PrintStream out = new java.io.PrintStream(System.out, true, StandardCharsets.UTF_8);
            for (String t : texts()) {
                out.println(t);
            }
        }
    }

    @Test
    void another_jvm_run_states_the_same_definitions() throws Exception {
        // GIVEN the definitions of this JVM, in which Set.of and enum hash codes iterate in this run's order
        List<String> here = texts();
        assertThat(System.getProperty("java.class.path")).as("the class path of the tests").contains("test-classes");
        // WHEN another JVM, with its own identity hashes and Set.of salt, states them
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                PrintDefinitions.class.getName()).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the other JVM ended").isTrue();
        } finally {
            p.destroy();
        }
        // THEN it states the same texts (reflection may find the factories in another order)
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output.lines().sorted().toList()).isEqualTo(here.stream().sorted().toList());
    }

    private record Unreadable(int n) {}

    @Test
    void a_record_the_canonicaliser_cannot_read_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> DefinitionText.of(List.of(new Unreadable(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("definition part [0] is a record that cannot be read ("
                        + Unreadable.class.getName() + ".n()): make the record public in an exported package, or"
                        + " implement io.github.supportkpi.metric.Definable");
    }

    @Test
    void a_rule_of_ones_own_enters_the_definition_by_its_name() {
        Predicate<Ticket> tier = t -> t.attributes().containsKey("tier");
        Metric<Ticket, ?> a = FirstContactResolution.of(FcrDefinition.DEFAULT.withEligibility(
                FcrEligibility.matching("gold tier", tier)));
        Metric<Ticket, ?> b = FirstContactResolution.of(FcrDefinition.DEFAULT.withEligibility(
                FcrEligibility.matching("gold tier", t -> t.attributes().containsKey("tier"))));
        Metric<Ticket, ?> c = FirstContactResolution.of(FcrDefinition.DEFAULT.withEligibility(
                FcrEligibility.matching("silver tier", tier)));
        assertThat(a.definition()).contains("name=\"gold tier\"").isEqualTo(b.definition())
                .isNotEqualTo(c.definition());
        assertThat(Backlog.at(NOW, BacklogDefinition.matching("vendor", (t, at) -> true)).definition())
                .isEqualTo("Backlog(Backlog.At[instant=2024-03-08T17:00:00Z, definition=BacklogDefinition["
                        + "name=\"vendor\", rule=\"matching\"]])");
        assertThat(SlaCompliance.of(SlaDefinition.of(SlaPolicies.of(SlaPolicy.of("p",
                SlaCondition.matching("vip", t -> true), office())), NOW)).definition())
                .contains("condition=SlaCondition[channels=Optional.empty, matching={\"vip\"},"
                        + " priorities=Optional.empty]");
    }
}
