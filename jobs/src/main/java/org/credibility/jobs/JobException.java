package org.credibility.jobs;

/** A failure the user can act on (missing input, unusable model folder, ...): one line on stderr, exit 1. */
public final class JobException extends RuntimeException {
    public JobException(String message) {
        super(message);
    }

    public JobException(String message, Throwable cause) {
        super(message, cause);
    }
}
