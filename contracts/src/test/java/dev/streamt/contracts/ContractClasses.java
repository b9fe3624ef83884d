package dev.streamt.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The classes of the contracts module, found on disk in its compiled output (test helper; no classpath scanning
 * library).
 */
public final class ContractClasses {

    private ContractClasses() {
    }

    /** Every named class of {@code src/main/java}, sorted by name. */
    public static List<Class<?>> all() {
        Path root = classesRoot();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> !name.matches(".*\\$\\d+.*") && !name.endsWith("package-info"))
                    .sorted()
                    .<Class<?>>map(ContractClasses::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classesRoot() {
        try {
            return Path.of(Require.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ContractClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
