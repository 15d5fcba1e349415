package io.github.supportkpi.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** A row mapping by a {@link Layout}, bound once to the schema of the rows it reads. */
abstract class ColumnMapping<T> implements RowMapping<T> {
    private static final long serialVersionUID = 1L;

    final Layout layout;
    private transient volatile Layout.Bound bound;

    ColumnMapping(Layout layout) {
        this.layout = layout;
    }

    /** The layout bound to the row's schema, binding anew only when the schema changes. */
    final Layout.Bound bound(Row row) {
        StructType schema = row.schema();
        Layout.Bound b = bound;
        if (b == null || !b.fits(schema)) {
            b = layout.bind(schema);
            bound = b;
        }
        return b;
    }

    @Override
    public StructType schema() {
        return layout.schema();
    }

    /**
     * The fields of the convention, each the name of its column in the convention.
     *
     * @return the field names, in the order of the convention
     */
    public List<String> fields() {
        return layout.names();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + schema().simpleString();
    }
}
