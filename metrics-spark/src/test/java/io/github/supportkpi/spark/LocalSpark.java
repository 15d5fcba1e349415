package io.github.supportkpi.spark;

import org.apache.spark.sql.SparkSession;

/** Spark in local mode for the tests: two threads, no UI, few shuffle partitions. */
final class LocalSpark {
    private LocalSpark() {
    }

    /**
     * A new local session; stop it after the test class.
     *
     * @param app the application name
     * @return the session
     */
    static SparkSession start(String app) {
        return SparkSession.builder()
                .master("local[2]")
                .appName(app)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                // Few groups per hash map, so that tasks also spill buffers and merge them back serialized.
                .config("spark.sql.objectHashAggregate.sortBased.fallbackThreshold", "2")
                .getOrCreate();
    }
}
