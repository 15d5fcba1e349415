package io.github.supportkpi.report;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader for the tests: records of fields, quoted fields with doubled quotes and line breaks. */
final class Rfc4180 {
    private Rfc4180() {}

    /**
     * The records of a CSV text whose every record ends with a line break ({@code \n} or {@code \r\n}).
     *
     * @throws IllegalArgumentException if a quote is unbalanced, a quoted field is followed by something
     *     other than a comma or a line break, or the text does not end with a line break
     */
    static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean atFieldStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (atFieldStart && c == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unbalanced quote at end of text");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a quoted field at " + i);
                }
                atFieldStart = false;
                continue;
            }
            if (c == '"') {
                throw new IllegalArgumentException("quote inside an unquoted field at " + i);
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                i++;
            } else if (c == '\n' || c == '\r') {
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                atFieldStart = true;
            } else {
                field.append(c);
                atFieldStart = false;
                i++;
            }
        }
        if (!record.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("the last record does not end with a line break");
        }
        return records;
    }
}
