package io.github.supportkpi.spark;

import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A {@link RecordMapping} of DataFrame rows that declares the columns it reads, so that a metric can run as
 * an aggregate function over just those columns ({@link SparkMetric#column(RowMapping)}). The mappings of
 * the column convention are {@link TicketColumns}, {@link InteractionColumns} and {@link SurveyColumns};
 * {@link #of} makes one from a function.
 *
 * @param <T> the record type
 */
public interface RowMapping<T> extends RecordMapping<Row, T> {
    /**
     * The columns this mapping reads, with their types: the aggregate function passes these columns, in this
     * order, to the mapping, and Spark casts a column to the type declared here where it can.
     *
     * @return the columns read
     */
    StructType schema();

    /**
     * A mapping from a function of rows. The function reads the row's fields by name ({@code
     * row.getAs("created")}); the row holds exactly the columns of {@code schema}.
     *
     * @param schema the columns the function reads, with their types
     * @param record the function, serializable (a lambda capturing serializable values is)
     * @param <T> the record type
     * @return the mapping
     */
    static <T> RowMapping<T> of(StructType schema, RecordMapping<Row, T> record) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(record, "record");
        return new RowMapping<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public StructType schema() {
                return schema;
            }

            @Override
            public T record(Row input) {
                return record.record(input);
            }

            @Override
            public String toString() {
                return "RowMapping" + schema.simpleString();
            }
        };
    }
}
