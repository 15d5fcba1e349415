package io.github.supportkpi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.io.AggregateRow;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.io.Mapping;
import io.github.supportkpi.io.Records;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code supportkpi quality}: what a mapping reads from an export, and what it refuses, ignores or doubts. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = {"The data-quality report of an export read through a mapping: rows kept and rejected,"
                + " fields ignored and values suspect, by column and rule, with examples; no metrics.",
            "Also which column each field was read from, fields whose columns are missing and columns not read."})
final class QualityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The export files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--mapping", required = true, paramLabel = "FILE|NAME", description = "The column mapping.")
    String mapping;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The zone of local times (default: the mapping's);"
            + " needed only when a date-time field is read without an offset.")
    String zone;

    @Option(names = "--examples", paramLabel = "N", description = "Examples kept per reason (default: 3).")
    int examples = ExportReader.EXAMPLES;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    Render.Format format = Render.Format.TEXT;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Render.only(cl, format, Render.Format.TEXT, Render.Format.CSV, Render.Format.JSON);
        if (format == Render.Format.CSV) {
            throw new CommandLine.ParameterException(cl, "--format must be text or json for quality");
        }
        if (examples < 0) {
            throw new CommandLine.ParameterException(cl, "--examples must not be negative: " + examples);
        }
        Mapping m = Inputs.mapping(cl, mapping, null);
        ExportReader reader = ExportReader.of(m).withExamples(examples);
        if (zone != null || m.zone().isPresent() || !m.fieldsNeedingZone().isEmpty()) {
            reader = reader.withZone(Inputs.zone(cl, zone, m));
        }
        Inputs.readable(cl, "", files);
        Records discard = new Records() {
            @Override
            public void ticket(Ticket t) {}

            @Override
            public void interaction(Interaction i) {}

            @Override
            public void survey(SurveyResponse s) {}

            @Override
            public void customer(CustomerPeriod c) {}

            @Override
            public void aggregate(AggregateRow a) {}
        };
        StringBuilder text = new StringBuilder();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode reads = json.createArrayNode();
        DataQuality total = DataQuality.empty(examples);
        for (Path f : files) {
            ExportReader.Result r;
            try {
                r = reader.read(f, discard);
            } catch (IllegalStateException e) {
                throw new CommandLine.ParameterException(cl, "--zone must be given to read " + f.getFileName() + ": "
                        + e.getMessage(), e);
            }
            total = total.plus(r.quality());
            String name = f.getFileName().toString();
            text.append(name).append('\n').append(r.quality()).append('\n');
            text.append("columns read: ").append(r.columns()).append('\n');
            if (!r.unread().isEmpty()) {
                text.append("fields whose columns are missing: ").append(String.join(", ", r.unread())).append('\n');
            }
            if (!r.unmapped().isEmpty()) {
                text.append("columns not read: ").append(String.join(", ", r.unmapped())).append('\n');
            }
            text.append('\n');
            ObjectNode o = reads.addObject();
            o.put("file", name);
            o.set("quality", Render.quality(r.quality()));
            ObjectNode columns = o.putObject("columns");
            r.columns().forEach(columns::put);
            ArrayNode unread = o.putArray("unread");
            r.unread().forEach(unread::add);
            ArrayNode unmapped = o.putArray("unmapped");
            r.unmapped().forEach(unmapped::add);
        }
        String out;
        if (format == Render.Format.JSON) {
            ObjectNode root = json.createObjectNode();
            root.put("command", "quality");
            root.set("files", reads);
            root.set("total", Render.quality(total));
            try {
                out = json.writeValueAsString(root) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out = files.size() > 1 ? text + "all files\n" + total + "\n" : text.toString();
        }
        PrintWriter w = cl.getOut();
        w.print(out);
        w.flush();
        return 0;
    }

}
