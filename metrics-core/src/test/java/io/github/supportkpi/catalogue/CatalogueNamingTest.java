package io.github.supportkpi.catalogue;

import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.testing.LibraryClasses;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One naming rule for the whole catalogue: metric ids and dimension names are lowercase words of letters
 * and digits separated by dots, never underscores. Every class of the library is looked at: its id
 * constants ({@code ID} and {@code ..._ID}), its dimension constants, the metrics its no-argument factories
 * ({@code defaults()}, {@code customerWait()}, ...) return, and the dimensions those metrics offer.
 */
class CatalogueNamingTest {
    private static final String RULE = "[a-z0-9]+(\\.[a-z0-9]+)*";

    @Test
    void should_name_every_catalogue_metric_and_dimension_with_lowercase_dot_separated_words() throws Exception {
        // GIVEN every name the library's classes declare or their catalogue metrics report
        Map<String, String> names = new LinkedHashMap<>();
        List<Class<?>> catalogue = new ArrayList<>();
        for (Class<?> c : LibraryClasses.all()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            if (DefinedMetric.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                catalogue.add(c);
            }
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isPublic(m) || !Modifier.isStatic(m) || !Modifier.isFinal(m)) {
                    continue;
                }
                if (f.getType() == String.class && (f.getName().equals("ID") || f.getName().endsWith("_ID"))) {
                    names.put(c.getSimpleName() + "." + f.getName(), (String) f.get(null));
                } else if (f.getType() == Dimension.class) {
                    names.put(c.getSimpleName() + "." + f.getName(), ((Dimension<?, ?>) f.get(null)).name());
                }
            }
            for (Method factory : c.getDeclaredMethods()) {
                int m = factory.getModifiers();
                if (Modifier.isPublic(m) && Modifier.isStatic(m) && factory.getParameterCount() == 0
                        && Metric.class.isAssignableFrom(factory.getReturnType())) {
                    Metric<?, ?> metric = (Metric<?, ?>) factory.invoke(null);
                    names.put(c.getSimpleName() + "." + factory.getName() + "()", metric.id());
                    for (Method dimension : metric.getClass().getMethods()) {
                        if (!Modifier.isStatic(dimension.getModifiers()) && dimension.getParameterCount() == 0
                                && Modifier.isPublic(dimension.getDeclaringClass().getModifiers())
                                && Dimension.class.isAssignableFrom(dimension.getReturnType())) {
                            names.put(c.getSimpleName() + "." + factory.getName() + "()." + dimension.getName() + "()",
                                    ((Dimension<?, ?>) dimension.invoke(metric)).name());
                        }
                    }
                }
            }
        }
        // THEN the whole catalogue was found (each catalogue metric with its id constant), and each name follows the rule
        assertThat(names).containsEntry("FirstContactResolution.ID", "fcr.rate")
                .containsEntry("TicketsSolvedPerHour.defaults()", "tickets.solved.per.hour")
                .containsEntry("TimeInStatus.ON_HOLD_ID", "time.on.hold")
                .containsEntry("TicketDimensions.CHANNEL", "channel");
        assertThat(catalogue).isNotEmpty().allSatisfy(c -> assertThat(names.keySet())
                .as("the id constant of %s", c.getSimpleName()).anyMatch(k -> k.startsWith(c.getSimpleName() + ".")
                        && k.endsWith("ID")));
        assertThat(names).allSatisfy((where, name) -> assertThat(name).as(where).matches(RULE));
    }

    @Test
    void should_tell_names_that_follow_the_rule_from_those_that_do_not() {
        assertThat(List.of("frt", "fcr.norepeat.rate", "tickets.handled.per.hour", "m2")).allMatch(n -> n.matches(RULE));
        assertThat(List.of("one_touch.rate", "sla_policy", "Frt", "fcr..rate", ".fcr", "fcr.", "", "time-in-status"))
                .noneMatch(n -> n.matches(RULE));
    }
}
