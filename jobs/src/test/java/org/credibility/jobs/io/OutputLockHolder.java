package org.credibility.jobs.io;

import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** A process that takes an output's lock, says "held" and keeps it until it is killed (OutputLockTest). */
public final class OutputLockHolder {
    private OutputLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        OutputLock.acquire(FileSystem.getLocal(new Configuration()), new Path(args[0]),
                new OutputLock.Holder("300-0000000c", "child", ProcessHandle.current().pid(), "2026-01-03T00:00:00Z"),
                Duration.ZERO);
        System.out.println("held");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
