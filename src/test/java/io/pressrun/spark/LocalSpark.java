package io.pressrun.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One in-process Spark for every test of the job, started by the first that needs it and
 * stopped by Spark's own hook when the JVM ends: starting one takes seconds. Two threads, and a
 * task is tried twice before its job fails ({@code local[2,2]}), so a test can show a retry.
 */
final class LocalSpark {
    private static JavaSparkContext context;

    private LocalSpark() {
    }

    static synchronized JavaSparkContext get() {
        if (context == null) {
            context = new JavaSparkContext(new SparkConf().setMaster("local[2,2]").setAppName("pressrun-test")
                    .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
                    .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"));
        }
        return context;
    }
}
