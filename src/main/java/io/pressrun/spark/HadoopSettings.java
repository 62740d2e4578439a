package io.pressrun.spark;

import org.apache.hadoop.conf.Configuration;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The driver's Hadoop configuration (with Spark's {@code spark.hadoop.*} settings: the object
 * store's endpoint and credentials, say) as plain values, sent once to the executors, where
 * the file systems are opened with it.
 */
final class HadoopSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> values = new HashMap<>();

    HadoopSettings(Configuration conf) {
        for (Map.Entry<String, String> e : conf) {
            values.put(e.getKey(), e.getValue());
        }
    }

    Configuration configuration() {
        Configuration conf = new Configuration(false);
        values.forEach(conf::set);
        return conf;
    }
}
