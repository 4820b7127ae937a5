package org.acesdk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SparkSmokeTest {
    @Test
    void localSparkRuns() {
        SparkSession s = SparkSession.builder().master("local[2]").appName("smoke").config("spark.ui.enabled", "false")
                .getOrCreate();
        try {
            assertEquals(10, s.range(10).count());
        } finally {
            s.stop();
        }
    }
}
