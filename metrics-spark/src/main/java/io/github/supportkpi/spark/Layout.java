package io.github.supportkpi.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DayTimeIntervalType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * The fields of a record type, the column each is read from and the column's type: the engine of
 * {@link TicketColumns}, {@link InteractionColumns} and {@link SurveyColumns}. Immutable and serializable.
 */
final class Layout implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What a field holds, and which Spark types may hold it. */
    enum Kind {
        /** Text: a string column. */
        TEXT("a string", DataTypes.StringType),
        /** An instant: a timestamp column (with a time zone; a timestamp without one is ambiguous). */
        INSTANT("a timestamp", DataTypes.TimestampType),
        /** A duration: a day-time interval, or a number of seconds. */
        DURATION("an interval day to second or a number of seconds", DataTypes.createDayTimeIntervalType()),
        /** A whole number: an integer column. */
        WHOLE("an integer", DataTypes.IntegerType),
        /** A flag: a boolean column. */
        FLAG("a boolean", DataTypes.BooleanType),
        /** Named texts: a map of string to string. */
        TEXT_MAP("a map of string to string", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true)),
        /** Nested records: an array of structs. */
        LIST("an array of structs", null);

        final String description;
        final DataType canonical;

        Kind(String description, DataType canonical) {
            this.description = description;
            this.canonical = canonical;
        }

        boolean accepts(DataType t) {
            switch (this) {
                case TEXT:
                    return t instanceof StringType;
                case INSTANT:
                    return t instanceof TimestampType;
                case DURATION:
                    return t instanceof DayTimeIntervalType || isWhole(t) || t instanceof DoubleType
                            || t instanceof FloatType || t instanceof DecimalType;
                case WHOLE:
                    return isWhole(t);
                case FLAG:
                    return t instanceof BooleanType;
                case TEXT_MAP:
                    return t instanceof MapType m && m.keyType() instanceof StringType
                            && m.valueType() instanceof StringType;
                case LIST:
                    return t instanceof ArrayType a && a.elementType() instanceof StructType;
                default:
                    throw new AssertionError(this);
            }
        }

        private static boolean isWhole(DataType t) {
            return t instanceof IntegerType || t instanceof LongType || t instanceof ShortType || t instanceof ByteType;
        }
    }

    /**
     * A field of the convention.
     *
     * @param name the field's name, which is also its column's name in the convention
     * @param kind what it holds
     * @param required whether every row must have it
     */
    record Field(String name, Kind kind, boolean required) implements Serializable {
    }

    private final String record;
    private final Field[] fields;
    /** The column of each field, null when the field is not read. */
    private final String[] columns;
    /** The declared type of each field read, null when the field is not read (kept as struct fields, which serialize). */
    private final StructField[] types;

    /** Whether each field's column was given by name ({@link #withColumn}) rather than taken from the convention. */
    private final boolean[] named;

    private Layout(String record, Field[] fields, String[] columns, DataType[] types, boolean[] named) {
        this.record = record;
        this.fields = fields;
        this.columns = columns;
        this.named = named;
        this.types = new StructField[types.length];
        for (int i = 0; i < types.length; i++) {
            this.types[i] = types[i] == null ? null : DataTypes.createStructField(fields[i].name(), types[i], true);
        }
    }

    private DataType[] types() {
        DataType[] t = new DataType[types.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = types[i] == null ? null : types[i].dataType();
        }
        return t;
    }

    /** Every field read from the column of its own name, of the canonical type (lists have theirs set apart). */
    static Layout standard(String record, List<Field> fields) {
        Field[] f = fields.toArray(new Field[0]);
        String[] columns = new String[f.length];
        DataType[] types = new DataType[f.length];
        for (int i = 0; i < f.length; i++) {
            columns[i] = f[i].name();
            types[i] = f[i].kind() == Kind.LIST ? null : f[i].kind().canonical;
        }
        return new Layout(record, f, columns, types, new boolean[f.length]);
    }

    /** The same layout with the list field's declared type. */
    Layout withType(int field, DataType type) {
        DataType[] t = types();
        t[field] = type;
        return new Layout(record, fields, columns, t, named);
    }

    int index(String field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException("field must be one of " + names() + " of " + record + "s: " + field);
    }

    List<String> names() {
        return Arrays.stream(fields).map(Field::name).toList();
    }

    Field field(int i) {
        return fields[i];
    }

    String column(int i) {
        return columns[i];
    }

    boolean reads(int i) {
        return columns[i] != null;
    }

    DataType type(int i) {
        return types[i] == null ? null : types[i].dataType();
    }

    Layout withColumn(String field, String column) {
        Objects.requireNonNull(column, "column");
        if (column.isBlank()) {
            throw new IllegalArgumentException("column must not be blank: \"" + column + "\"");
        }
        int i = index(field);
        String[] c = columns.clone();
        c[i] = column;
        DataType[] t = types();
        if (t[i] == null && fields[i].kind() != Kind.LIST) {
            t[i] = fields[i].kind().canonical;
        }
        boolean[] n = named.clone();
        n[i] = true;
        return new Layout(record, fields, c, t, n);
    }

    Layout without(String field) {
        int i = index(field);
        if (fields[i].required()) {
            throw new IllegalArgumentException("field " + field + " must be read: every " + record + " has one");
        }
        String[] c = columns.clone();
        c[i] = null;
        DataType[] t = types();
        t[i] = null;
        boolean[] n = named.clone();
        n[i] = false;
        return new Layout(record, fields, c, t, n);
    }

    /**
     * This layout reading only the columns present in a schema, with their types.
     *
     * @throws IllegalArgumentException if a required column is missing or a column has a type that cannot
     *     hold its field
     */
    Layout within(StructType schema, String where) {
        String[] c = columns.clone();
        DataType[] t = types();
        for (int i = 0; i < fields.length; i++) {
            if (c[i] == null) {
                continue;
            }
            scala.Option<Object> at = schema.getFieldIndex(c[i]);
            if (at.isEmpty()) {
                if (fields[i].required() || named[i]) {
                    throw new IllegalArgumentException("column " + where + c[i] + " must be present: it holds the "
                            + fields[i].name() + (fields[i].required() ? " of every " + record : " of the " + record
                            + "s, as given") + ", and the columns are " + Arrays.toString(schema.fieldNames()));
                }
                c[i] = null;
                t[i] = null;
                continue;
            }
            DataType actual = schema.fields()[(Integer) at.get()].dataType();
            checkType(i, actual, where);
            t[i] = actual;
        }
        return new Layout(record, fields, c, t, named);
    }

    private void checkType(int i, DataType actual, String where) {
        if (!fields[i].kind().accepts(actual)) {
            throw new IllegalArgumentException("column " + where + columns[i] + " must be " + fields[i].kind().description
                    + " (" + record + " " + fields[i].name() + "): " + actual.simpleString());
        }
    }

    /** The columns read, with their declared types. */
    StructType schema() {
        List<StructField> out = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (columns[i] != null) {
                out.add(DataTypes.createStructField(columns[i], types[i].dataType(), true));
            }
        }
        return new StructType(out.toArray(new StructField[0]));
    }

    /**
     * The position of each field in rows of a schema, -1 for a field not read or absent; a null schema means
     * rows of {@link #schema()}.
     *
     * @throws IllegalStateException if a required column is missing or a column's type cannot hold its field
     */
    Bound bind(StructType schema) {
        int[] at = new int[fields.length];
        int next = 0;
        for (int i = 0; i < fields.length; i++) {
            if (columns[i] == null) {
                at[i] = -1;
            } else if (schema == null) {
                at[i] = next++;
            } else {
                scala.Option<Object> found = schema.getFieldIndex(columns[i]);
                if (found.isEmpty()) {
                    if (fields[i].required() || named[i]) {
                        throw new IllegalStateException("column " + columns[i] + " must be present in the rows: it holds"
                                + " the " + fields[i].name() + (fields[i].required() ? " of every " + record
                                : " of the " + record + "s, as given") + ", and the columns are "
                                + Arrays.toString(schema.fieldNames()));
                    }
                    at[i] = -1;
                } else {
                    at[i] = (Integer) found.get();
                    DataType actual = schema.fields()[at[i]].dataType();
                    if (!fields[i].kind().accepts(actual)) {
                        throw new IllegalStateException("column " + columns[i] + " must be "
                                + fields[i].kind().description + " (" + record + " " + fields[i].name() + "): "
                                + actual.simpleString());
                    }
                }
            }
        }
        return new Bound(schema, at);
    }

    /** The positions of the fields in rows of one schema; reads and converts their values. */
    final class Bound {
        final StructType schema;
        private final int[] at;

        private Bound(StructType schema, int[] at) {
            this.schema = schema;
            this.at = at;
        }

        boolean fits(StructType s) {
            return s == schema || (s != null && s.equals(schema));
        }

        private Object value(Row row, int field) {
            int i = at[field];
            return i < 0 || row.isNullAt(i) ? null : row.get(i);
        }

        private IllegalStateException wrongValue(int field, Object v) {
            return new IllegalStateException("column " + columns[field] + " must hold " + fields[field].kind().description
                    + ": it holds a " + v.getClass().getName());
        }

        String text(Row row, int field) {
            Object v = value(row, field);
            if (v == null || v instanceof String) {
                return (String) v;
            }
            throw wrongValue(field, v);
        }

        Instant instant(Row row, int field) {
            Object v = value(row, field);
            if (v == null) {
                return null;
            } else if (v instanceof Timestamp ts) {
                return ts.toInstant();
            } else if (v instanceof Instant i) {
                return i;
            }
            throw wrongValue(field, v);
        }

        Duration duration(Row row, int field) {
            Object v = value(row, field);
            if (v == null) {
                return null;
            } else if (v instanceof Duration d) {
                return d;
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                return Duration.ofSeconds(((Number) v).longValue());
            } else if (v instanceof BigDecimal b) {
                return nanos(field, b);
            } else if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException(columns[field] + " must be a finite number of seconds: " + d);
                }
                return nanos(field, new BigDecimal(d));
            }
            throw wrongValue(field, v);
        }

        private Duration nanos(int field, BigDecimal seconds) {
            try {
                return Duration.ofNanos(seconds.movePointRight(9).setScale(0, RoundingMode.HALF_EVEN).longValueExact());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(columns[field] + " must fit in a long of nanoseconds: " + seconds
                        + " seconds", e);
            }
        }

        Integer whole(Row row, int field) {
            Object v = value(row, field);
            if (v == null) {
                return null;
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                long n = ((Number) v).longValue();
                if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(columns[field] + " must fit in an int: " + n);
                }
                return (int) n;
            }
            throw wrongValue(field, v);
        }

        Boolean flag(Row row, int field) {
            Object v = value(row, field);
            if (v == null || v instanceof Boolean) {
                return (Boolean) v;
            }
            throw wrongValue(field, v);
        }

        Map<String, String> textMap(Row row, int field) {
            int i = at[field];
            return i < 0 || row.isNullAt(i) ? null : row.getJavaMap(i);
        }

        List<Row> list(Row row, int field) {
            int i = at[field];
            return i < 0 || row.isNullAt(i) ? null : row.getList(i);
        }

        /** The value of a required field, refusing the row when it is null. */
        <V> V required(V value, int field, String context) {
            if (value == null) {
                throw new IllegalArgumentException(columns[field] + " must not be null: " + context);
            }
            return value;
        }
    }

    /**
     * Parsed values of texts that repeat from row to row (statuses, channels, kinds), so that each distinct
     * text is parsed once per machine. Bounded: past {@value #MEMO_LIMIT} texts, further ones are parsed
     * each time. A text that does not parse is never kept.
     *
     * @param <V> the parsed type
     */
    static final class Memo<V> {
        private final ConcurrentHashMap<String, V> parsed = new ConcurrentHashMap<>();

        V get(String text, Function<String, V> parse) {
            V v = parsed.get(text);
            if (v == null) {
                v = parse.apply(text);
                if (parsed.size() < MEMO_LIMIT) {
                    parsed.put(text, v);
                }
            }
            return v;
        }
    }

    /** The most texts a {@link Memo} keeps. */
    static final int MEMO_LIMIT = 4096;

    /**
     * Parses an enum constant by name, case-insensitively, spaces and hyphens read as underscores.
     *
     * @throws IllegalArgumentException naming the column and the accepted names if it names no constant
     */
    static <E extends Enum<E>> E parse(Class<E> type, String column, String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException(column + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ": \"" + text + "\"");
    }

    /** The name written for an enum constant: lowercase, as {@link #parse} reads it. */
    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
