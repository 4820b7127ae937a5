package org.acesdk.testkit.ledger;

import org.acesdk.client.ledger.JdbcFilingLedger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The databases the ledger is tested on: H2 always; PostgreSQL when {@code ACE_TEST_POSTGRES_URL} names one (CI
 * starts a server and sets it), each ledger in a schema of its own.
 */
final class LedgerDatabases {
    static final String ENV = "ACE_TEST_POSTGRES_URL";
    private static volatile boolean told;

    private LedgerDatabases() {
    }

    /** Names of the databases to test on. */
    static List<String> names() {
        List<String> out = new ArrayList<>(List.of("h2"));
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            out.add("postgresql");
        } else if (!told) {
            told = true;
            System.out.println("ledger tests: " + ENV + " is not set, so they run on H2 only (.ci/run sets it)");
        }
        return out;
    }

    /** A new, empty ledger on the named database; H2's lives in {@code dir}. */
    static JdbcFilingLedger open(String name, Path dir) {
        if (name.equals("h2")) {
            return JdbcFilingLedger.h2(dir);
        }
        String url = System.getenv(ENV);
        String schema = "ledger_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + ENV + " cannot be used: " + e.getSQLState(), e);
        }
        return JdbcFilingLedger.migrate(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
    }

    /** Runs a query against the ledger's database (for checks a test makes behind the ledger's back). */
    static <T> T withUrl(Function<String, T> f) {
        return f.apply(System.getenv(ENV));
    }
}
