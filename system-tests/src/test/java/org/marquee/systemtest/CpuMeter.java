package org.marquee.systemtest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * CPU time used by the server, by the PostgreSQL backends of the test database and by this load
 * client, read from Linux's /proc: on two cores shared by all three, CPU per request says where
 * the time goes better than wall time, which other builders on the machine stretch.
 */
final class CpuMeter {

    /** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux we run. */
    private static final double TICK_MILLIS = 10;

    private final long serverPid;

    private CpuMeter(long serverPid) {
        this.serverPid = serverPid;
    }

    /** A meter for the WildFly listening at the tests' port offset, if this is Linux and it is found. */
    static Optional<CpuMeter> forServer() {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return Optional.empty();
        }
        String offset = "-Djboss.socket.binding.port-offset=" + System.getProperty("marquee.port.offset", "0");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(line -> line.contains("jboss-modules.jar") && line.contains(offset))
                        .orElse(false))
                .findFirst()
                .map(p -> new CpuMeter(p.pid()));
    }

    record Sample(double serverMillis, double databaseMillis, double clientMillis) {

        Sample minus(Sample earlier) {
            return new Sample(
                    serverMillis - earlier.serverMillis,
                    databaseMillis - earlier.databaseMillis,
                    clientMillis - earlier.clientMillis);
        }

        Sample plus(Sample other) {
            return new Sample(
                    serverMillis + other.serverMillis,
                    databaseMillis + other.databaseMillis,
                    clientMillis + other.clientMillis);
        }

        Sample per(int count) {
            return new Sample(serverMillis / count, databaseMillis / count, clientMillis / count);
        }

        double total() {
            return serverMillis + databaseMillis + clientMillis;
        }
    }

    Sample sample() throws SQLException {
        double database = 0;
        try (Connection db = TestDatabase.connect();
                Statement query = db.createStatement();
                ResultSet backends =
                        query.executeQuery("select pid from pg_stat_activity where datname = current_database()")) {
            while (backends.next()) {
                database += ticks(backends.getLong(1));
            }
        }
        double client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e6;
        return new Sample(ticks(serverPid) * TICK_MILLIS, database * TICK_MILLIS, client);
    }

    /** User plus system ticks of a process; 0 if it has gone. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
