/** A runnable example: the KPI report per tenant and channel over a generated Parquet dataset of tickets. */
package io.github.supportkpi.spark.example;
