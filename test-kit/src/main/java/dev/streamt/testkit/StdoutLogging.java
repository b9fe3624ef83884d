package dev.streamt.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Log records of a broker's own JVM (the kit's child-process broker, the local stack's broker) as lines on standard
 * output, which the parent redirects to the broker's log file. Such a classpath may hold Quarkus' log manager, which
 * would otherwise buffer every record until a Quarkus application configured logging, i.e. forever in that JVM.
 */
public final class StdoutLogging {

    private StdoutLogging() {
    }

    /** Sends INFO and above of every logger to standard output, one line a record, flushed at once. */
    public static void install() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        Handler handler = new StreamHandler(System.out, new LineFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(Level.INFO);
        root.addHandler(handler);
    }

    /** One line a record: time, level, logger, message, then the stack trace if any. */
    private static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(128)
                    .append(TIME.format(record.getInstant())).append(' ')
                    .append(record.getLevel()).append(" [")
                    .append(record.getLoggerName()).append("] ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
