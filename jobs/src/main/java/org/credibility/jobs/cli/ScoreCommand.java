package org.credibility.jobs.cli;

import java.util.List;
import org.credibility.jobs.flows.JobSettings;
import org.credibility.jobs.flows.ScoreFlow;

/** {@code score}: scores the input with a saved model; never trains. */
final class ScoreCommand {
    private static final String COMMAND = "score";

    private ScoreCommand() {
    }

    static int run(List<String> args) {
        if (JobOptions.help(args, Usage.SCORE)) {
            return 0;
        }
        Options o = JobOptions.parse(COMMAND, args, "model", "output", "wait");
        JobSettings settings = JobSettings.forScore(JobOptions.inputs(COMMAND, o), JobOptions.window(COMMAND, o),
                o.require("model"), o.require("output"), JobOptions.spark(o), JobOptions.waitForOutput(COMMAND, o));
        settings.validate();
        ScoreFlow.execute(settings);
        return 0;
    }
}
