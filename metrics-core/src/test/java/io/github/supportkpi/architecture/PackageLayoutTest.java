package io.github.supportkpi.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package layout of metrics-core, read from its sources: the arrows between packages run one way
 * (time and domain at the bottom, then the metric framework, then the catalogue families, then report and the
 * stored form, wire), and
 * the module exports every package.
 */
class PackageLayoutTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path ROOT = SOURCES.resolve(Path.of("io", "github", "supportkpi"));
    private static final Pattern REFERENCE = Pattern.compile("io\\.github\\.supportkpi\\.([a-z]+)\\.[A-Z]");

    private static final Set<String> FAMILIES =
            Set.of("experience", "speed", "quality", "workload", "contact", "sla", "backlog", "business");
    private static final Set<String> BELOW_FAMILIES = Set.of("time", "domain", "metric");

    /** What each package may reference besides itself. */
    private static final Map<String, Set<String>> ALLOWED = allowed();

    private static Map<String, Set<String>> references;

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> m = new TreeMap<>();
        m.put("time", Set.of());
        m.put("domain", Set.of("time"));
        m.put("metric", Set.of("time", "domain"));
        for (String family : FAMILIES) {
            m.put(family, BELOW_FAMILIES);
        }
        // the one arrow between families: a backlog "past its SLA deadline" asks the SLA clock
        m.put("backlog", union(BELOW_FAMILIES, Set.of("sla")));
        m.put("staffing", BELOW_FAMILIES);
        m.put("report", union(BELOW_FAMILIES, FAMILIES));
        // the stored form knows every tally of the library, so it sits above the families and staffing
        m.put("wire", union(union(BELOW_FAMILIES, FAMILIES), Set.of("staffing")));
        return m;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    @BeforeAll
    static void readSources() throws IOException {
        references = new TreeMap<>();
        try (Stream<Path> packages = Files.list(ROOT)) {
            for (Path dir : packages.filter(Files::isDirectory).collect(Collectors.toList())) {
                Set<String> refs = new TreeSet<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                        Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                        while (m.find()) {
                            refs.add(m.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
                references.put(dir.getFileName().toString(), refs);
            }
        }
    }

    @Test
    void should_know_every_package() {
        assertThat(references.keySet()).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void should_reference_only_packages_below() {
        List<String> violations = new ArrayList<>();
        references.forEach((pkg, refs) -> {
            for (String ref : refs) {
                String target = ref.substring(0, ref.indexOf(' '));
                if (!target.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(target)) {
                    violations.add(pkg + " -> " + ref);
                }
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void should_keep_the_metric_package_to_the_framework() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("metric"))) {
            long classes = files.filter(f -> f.toString().endsWith(".java")).count();
            assertThat(classes).as("files in metric/").isLessThanOrEqualTo(29);
        }
    }

    @Test
    void should_export_every_package_and_require_nothing() throws IOException {
        String descriptor = Files.readString(SOURCES.resolve("module-info.java"), StandardCharsets.UTF_8);
        Set<String> exported = new TreeSet<>();
        Matcher m = Pattern.compile("exports io\\.github\\.supportkpi\\.([a-z]+);").matcher(descriptor);
        while (m.find()) {
            exported.add(m.group(1));
        }
        assertThat(exported).isEqualTo(references.keySet());
        assertThat(descriptor).doesNotContain("requires");
    }
}
