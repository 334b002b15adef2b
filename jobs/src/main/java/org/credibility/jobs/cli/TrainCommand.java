package org.credibility.jobs.cli;

import java.util.List;
import org.credibility.jobs.flows.JobSettings;
import org.credibility.jobs.flows.TrainFlow;

/** {@code train}: fits the models the input has labels for and writes the model folder. */
final class TrainCommand {
    private static final String COMMAND = "train";

    private TrainCommand() {
    }

    static int run(List<String> args) {
        if (JobOptions.help(args, Usage.TRAIN)) {
            return 0;
        }
        Options o = JobOptions.parse(COMMAND, args, "model", "only");
        JobSettings settings = JobSettings.forTrain(JobOptions.inputs(COMMAND, o), JobOptions.window(COMMAND, o),
                o.require("model"), JobOptions.spark(o), o.get("only"));
        settings.validate();
        TrainFlow.execute(settings);
        return 0;
    }
}
