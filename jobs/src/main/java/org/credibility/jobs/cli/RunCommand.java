package org.credibility.jobs.cli;

import java.util.List;
import org.credibility.jobs.flows.JobSettings;
import org.credibility.jobs.flows.ScoreFlow;

/** {@code run}: scores the input, training first the models it has labels for unless given {@code --model}. */
final class RunCommand {
    private static final String COMMAND = "run";

    private RunCommand() {
    }

    static int run(List<String> args) {
        if (JobOptions.help(args, Usage.RUN)) {
            return 0;
        }
        Options o = JobOptions.parse(COMMAND, args, "output", "model", "wait");
        JobSettings settings = JobSettings.forRun(o.all(JobOptions.INPUT), JobOptions.window(COMMAND, o), o.get("output"),
                o.get("model"), JobOptions.spark(o), JobOptions.waitForOutput(COMMAND, o));
        settings.validate();
        ScoreFlow.execute(settings);
        return 0;
    }
}
