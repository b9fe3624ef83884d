package dev.streamt.testkit;

import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * Entry point of the JVM that {@link ChildProcessKafkaBroker} starts; not meant to be called from tests.
 *
 * <p>Usage: {@code KafkaProcessMain <parent-pid> <server.properties>}. It does what {@code kafka-storage.sh format
 * --standalone} followed by {@code kafka-server-start.sh} do, in one JVM to save a JVM start: formats the storage
 * with {@code kafka.tools.StorageTool} (a new cluster id, this node as the single dynamic-quorum voter), then runs
 * {@code kafka.Kafka}. It exits when the parent JVM exits, so a test run that is killed leaves no broker behind.
 */
public final class KafkaProcessMain {

    private KafkaProcessMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: KafkaProcessMain <parent-pid> <server.properties>");
            System.exit(2);
        }
        long parentPid = Long.parseLong(args[0]);
        String serverProperties = args[1];
        StdoutLogging.install();
        exitWhenParentExits(parentPid);

        int formatted;
        try {
            formatted = StorageTool.execute(new String[] {
                "format", "--standalone", "--cluster-id", Uuid.randomUuid().toString(), "--config", serverProperties
            }, System.out);
        } catch (Throwable e) {
            e.printStackTrace();
            formatted = 1;
        }
        if (formatted != 0) {
            System.err.println("Formatting the Kafka storage failed with exit code " + formatted);
            System.exit(formatted);
        }
        // Blocks until the broker shuts down, then exits the JVM itself.
        Kafka.main(new String[] {serverProperties});
    }

    private static void exitWhenParentExits(long parentPid) {
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(KafkaProcessMain::exitBecauseParentIsGone),
                KafkaProcessMain::exitBecauseParentIsGone);
    }

    private static void exitBecauseParentIsGone() {
        System.err.println("Parent JVM exited; shutting the Kafka broker down");
        Thread halter = new Thread(() -> {
            // A shutdown that hangs must not leave an orphan holding ports and files.
            sleepQuietly(TimeUnit.SECONDS.toMillis(15));
            Runtime.getRuntime().halt(1);
        }, "kafka-process-halter");
        halter.setDaemon(true);
        halter.start();
        System.exit(0);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
