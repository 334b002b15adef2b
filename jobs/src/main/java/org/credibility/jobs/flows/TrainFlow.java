package org.credibility.jobs.flows;

import org.credibility.jobs.ml.ModelFolder;

/**
 * {@code train}: the stance model from the input's stance labels, then (unless {@code --only
 * stance}) the credibility model from its labels, on the evidence the stage chain finds; writes
 * the model folder and no tables.
 */
public final class TrainFlow {
    private TrainFlow() {
    }

    public static void execute(JobSettings settings) {
        SparkRun.execute(settings, TrainFlow::run);
    }

    private static void run(JobSettings settings, SparkRun run) {
        String dir = settings.modelToWrite();
        try (KeptTables kept = new KeptTables(run.spark(), dir + ".checkpoints-" + run.runId())) {
            StageChain chain = new StageChain(settings, run, kept);
            chain.inputs.warn(System.err);
            chain.trainStanceIfAsked();
            if (settings.trains(ModelFolder.CREDIBILITY)) {
                chain.trainCredibilityIfAsked(chain.evidence());
            }
            ModelFolder.save(run.spark(), chain.trained(), dir, dir, chain.models());
            System.err.printf("credibility: trained %s, written to %s in %.1f s%n",
                    chain.trained().stream().map(ModelFolder.Trained::name).toList(), dir, run.seconds());
        }
    }
}
