package org.credibility.jobs;

/** A bad command line: reported as one line on stderr with exit status 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
