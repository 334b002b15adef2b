package org.credibility.jobs.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.credibility.features.text.TermWeights;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/**
 * The stance features broadcast their term weights; on a cluster Spark sends broadcasts with
 * the job's Kryo serializer (local mode keeps them in memory, so only the cluster test saw a
 * failure here): they must survive a Kryo round trip.
 */
class TermWeightsKryoTest {
    @Test
    void termWeightsSurviveKryo() {
        TermWeights weights = new TermWeights(3, Map.of("paris", 3L, "polic", 1L));
        SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
        ByteBuffer bytes = kryo.serialize(weights, ClassTag$.MODULE$.apply(TermWeights.class));
        TermWeights back = kryo.deserialize(bytes, ClassTag$.MODULE$.apply(TermWeights.class));
        assertEquals(3, back.documents());
        assertEquals(weights.documentFrequency(), back.documentFrequency());
        assertEquals(weights.idf("polic"), back.idf("polic"), 0.0);
    }
}
