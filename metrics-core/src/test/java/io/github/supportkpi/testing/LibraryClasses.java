package io.github.supportkpi.testing;

import io.github.supportkpi.metric.Metric;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The classes of the library, found on disk, for the tests that check every class of a kind. */
public final class LibraryClasses {
    private LibraryClasses() {
    }

    /**
     * Every top-level and nested class compiled from the library's main sources, initialised.
     *
     * @return the classes
     * @throws IOException if the class files cannot be listed
     * @throws URISyntaxException if the classes' location is not a path
     * @throws ClassNotFoundException if a class file names no class
     */
    public static List<Class<?>> all() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Metric.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(root).as("the library's classes, as a directory").isDirectory();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/github/supportkpi"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
                    classes.add(Class.forName(name, true, LibraryClasses.class.getClassLoader()));
                }
            }
        }
        return classes;
    }
}
