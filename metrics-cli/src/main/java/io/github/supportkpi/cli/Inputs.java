package io.github.supportkpi.cli;

import io.github.supportkpi.io.Mapping;
import io.github.supportkpi.io.RecordKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine;

/** The options every command reads the same way: the mapping, the zone, the input files. */
final class Inputs {
    private Inputs() {}

    /**
     * The mapping an option names: a JSON file, or the name of a mapping shipped in the jar.
     *
     * @param cl the command, for usage errors
     * @param name the option's value
     * @param kind the kind of record the command reads, or null for any
     * @return the mapping
     * @throws CommandLine.ParameterException if it cannot be read or reads another kind
     */
    static Mapping mapping(CommandLine cl, String name, RecordKind kind) {
        return mapping(cl, "--mapping", name, kind);
    }

    /**
     * The mapping another option names, such as {@code --aggregates-mapping}.
     *
     * @param cl the command, for usage errors
     * @param option the option, for the messages
     * @param name the option's value
     * @param kind the kind of record it must read, or null for any
     * @return the mapping
     * @throws CommandLine.ParameterException if it cannot be read or reads another kind
     */
    static Mapping mapping(CommandLine cl, String option, String name, RecordKind kind) {
        Mapping m;
        try {
            Path file = Path.of(name);
            m = Files.isRegularFile(file) ? Mapping.read(file) : Mapping.bundled(name);
        } catch (IllegalArgumentException | IOException e) {
            throw new CommandLine.ParameterException(cl, option + " " + name + ": " + e.getMessage(), e);
        }
        if (kind != null && m.kind() != kind) {
            throw new CommandLine.ParameterException(cl, option + " " + name + " reads " + m.kind().label()
                    + ", this command reads " + kind.label());
        }
        return m;
    }

    /**
     * The zone an option names, or else the mapping's.
     *
     * @param cl the command, for usage errors
     * @param zone the option's value, or null
     * @param m the mapping
     * @return the zone
     * @throws CommandLine.ParameterException if it is not a zone, or neither names one
     */
    static ZoneId zone(CommandLine cl, String zone, Mapping m) {
        if (zone == null) {
            List<String> fields = m.fieldsNeedingZone();
            String why = fields.isEmpty() ? "" : " (field " + fields.get(0) + ", column "
                    + m.fields().get(fields.get(0)).columns().get(0) + ", is a local date-time)";
            return m.zone().orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "--zone must be given: the mapping names no zone for the export's local times" + why));
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new CommandLine.ParameterException(cl, "--zone must be a zone id such as Europe/Berlin: " + zone, e);
        }
    }

    /**
     * Checks that every input file can be read.
     *
     * @param cl the command, for usage errors
     * @param option the option naming them, for the message
     * @param files the files
     * @throws CommandLine.ParameterException naming the first that cannot be read
     */
    static void readable(CommandLine cl, String option, List<Path> files) {
        for (Path p : files) {
            if (!Files.isReadable(p)) {
                throw new CommandLine.ParameterException(cl, option + "cannot read " + p);
            }
        }
    }
}
