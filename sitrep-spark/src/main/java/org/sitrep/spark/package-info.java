/**
 * The sitrep pipeline as an Apache Spark job: reads WARC, JSON Lines and page files from any Hadoop path,
 * runs the core stages inside {@code mapPartitions} and writes sitrep's tables as Parquet.
 */
package org.sitrep.spark;
