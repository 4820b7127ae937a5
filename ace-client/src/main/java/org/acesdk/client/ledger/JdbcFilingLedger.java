package org.acesdk.client.ledger;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The filing ledger on a relational database through JDBC: H2 (embedded, the default) and PostgreSQL are tested.
 * {@link #migrate(DataSource)} creates or upgrades its two tables with Flyway (migrations under
 * {@code db/ace-ledger}, history table {@code ace_ledger_schema_history}); each method runs in its own transaction.
 * Needs {@code org.flywaydb:flyway-core} (and {@code flyway-database-postgresql} for PostgreSQL) and the database's
 * JDBC driver at run time.
 */
public final class JdbcFilingLedger implements FilingLedger {
    /** The SQL state of a unique-key violation (H2 and PostgreSQL). */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "idempotency_key, application_id, reference, fingerprint, batch_text, "
            + "state, batch_id, outcome, created_at, updated_at";

    private final DataSource dataSource;
    /**
     * The embedded ledger's one connection, held for its life and used under its lock by every operation (an
     * embedded database closes with its last connection, and opening one per call costs more than the call).
     */
    private final Connection shared;

    private JdbcFilingLedger(DataSource dataSource, Connection shared) {
        this.dataSource = dataSource;
        this.shared = shared;
    }

    /** One operation's work on a connection. */
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs one operation in a transaction of its own (auto-commit), on the shared connection or a new one. */
    private <T> T with(Work<T> work) throws SQLException {
        if (shared != null) {
            synchronized (shared) {
                return work.run(shared);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        }
    }

    /**
     * A ledger on a data source, its schema migrated first.
     *
     * @param dataSource where the tables live
     * @return the ledger
     * @throws LedgerException if the schema cannot be migrated
     */
    public static JdbcFilingLedger migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try {
            org.flywaydb.core.Flyway.configure(JdbcFilingLedger.class.getClassLoader()).dataSource(dataSource)
                    .locations("classpath:db/ace-ledger").table("ace_ledger_schema_history")
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        } catch (RuntimeException e) {
            throw new LedgerException("the ledger's schema could not be migrated: " + e.getClass().getSimpleName(), e);
        }
        return new JdbcFilingLedger(dataSource, null);
    }

    /**
     * A ledger on a JDBC URL (user and password may be {@code null}), its schema migrated first.
     *
     * @param url the JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1/ace}
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}
     * @return the ledger
     */
    public static JdbcFilingLedger migrate(String url, String user, String password) {
        return migrate(new UrlDataSource(url, user, password));
    }

    /**
     * The embedded default: an H2 database in a directory (created if missing), durable at every commit.
     *
     * @param directory where the database's file lives
     * @return the ledger
     */
    public static JdbcFilingLedger h2(Path directory) {
        Objects.requireNonNull(directory, "directory");
        // WRITE_DELAY=0: a commit is in the file before the call returns, so a crash loses nothing committed
        DataSource ds = new UrlDataSource("jdbc:h2:file:" + directory.toAbsolutePath().resolve("ace-ledger")
                + ";WRITE_DELAY=0", "sa", "");
        Connection open;
        try {
            open = ds.getConnection();
            open.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure("open", e);
        }
        try {
            migrate(ds);
        } catch (RuntimeException e) {
            try {
                open.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new JdbcFilingLedger(ds, open);
    }

    /** Closes the connection an embedded ledger holds open; a ledger on a data source has nothing to close. */
    @Override
    public void close() {
        if (shared != null) {
            try {
                synchronized (shared) {
                    shared.close();
                }
            } catch (SQLException e) {
                throw failure("close", e);
            }
        }
    }

    @Override
    public LedgerRecord prepare(LedgerRecord draft, Instant now) {
        Objects.requireNonNull(draft, "draft");
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<LedgerRecord> live = live(draft.fingerprint());
            if (live.isPresent()) {
                return live.get();
            }
            Optional<LedgerRecord> same = find(draft.idempotencyKey());
            if (same.isPresent() && same.get().fingerprint().equals(draft.fingerprint())) {
                return same.get();
            }
            if (same.isPresent()) {
                throw new LedgerException("idempotency key " + draft.idempotencyKey() + " is already recorded for "
                        + "another filing", null);
            }
            try {
                with(c -> {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO ace_filing (" + COLUMNS
                            + ", live_fingerprint) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)")) {
                        s.setString(1, draft.idempotencyKey());
                        s.setString(2, draft.applicationId());
                        s.setString(3, draft.reference());
                        s.setString(4, draft.fingerprint());
                        s.setString(5, draft.batchText());
                        s.setString(6, LedgerState.PREPARED.name());
                        s.setLong(7, now.toEpochMilli());
                        s.setLong(8, now.toEpochMilli());
                        s.setString(9, draft.fingerprint());
                        return s.executeUpdate();
                    }
                });
                return new LedgerRecord(draft.idempotencyKey(), draft.applicationId(), draft.reference(),
                        draft.fingerprint(), draft.batchText(), LedgerState.PREPARED, null, null, now, now);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw failure("prepare", e);
                }
                // another thread or process recorded the same filing (or key) at the same moment: read it again
            }
        }
        throw new LedgerException("the ledger could not record the submission: the same filing is being recorded "
                + "concurrently", null);
    }

    @Override
    public void markSent(String idempotencyKey, String batchId, Instant now) {
        update("markSent", "UPDATE ace_filing SET state = ?, batch_id = ?, updated_at = ? WHERE idempotency_key = ? "
                + "AND state IN ('PREPARED', 'SENT', 'FAILED')", LedgerState.SENT.name(), batchId, now.toEpochMilli(),
                idempotencyKey);
    }

    @Override
    public boolean recordAnswer(String idempotencyKey, LedgerAnswer answer) {
        try {
            return with(c -> {
                // an answer already on record is the common case when a batch is polled again: no insert, no error
                try (PreparedStatement s = c.prepareStatement("INSERT INTO ace_answer (idempotency_key, message_id, "
                        + "application_id, body, received_at) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                        + "ace_answer WHERE idempotency_key = ? AND message_id = ?)")) {
                    s.setString(1, idempotencyKey);
                    s.setString(2, answer.messageId());
                    s.setString(3, answer.applicationId());
                    s.setString(4, answer.body());
                    s.setLong(5, answer.receivedAt().toEpochMilli());
                    s.setString(6, idempotencyKey);
                    s.setString(7, answer.messageId());
                    return s.executeUpdate() == 1;
                }
            });
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false; // recorded at the same moment by another thread or process
            }
            throw failure("recordAnswer", e);
        }
    }

    @Override
    public void markAnswered(String idempotencyKey, String outcome, Instant now) {
        // a rejected filing is no longer live: the same filing may be sent again (a new submission)
        update("markAnswered", "UPDATE ace_filing SET state = ?, outcome = ?, updated_at = ?, live_fingerprint = "
                + "CASE WHEN ? = 'REJECTED' THEN NULL ELSE live_fingerprint END WHERE idempotency_key = ?",
                LedgerState.ANSWERED.name(), outcome, now.toEpochMilli(), outcome, idempotencyKey);
    }

    @Override
    public void markFailed(String idempotencyKey, String code, Instant now) {
        update("markFailed", "UPDATE ace_filing SET state = ?, outcome = ?, updated_at = ?, live_fingerprint = NULL "
                + "WHERE idempotency_key = ? AND state = 'PREPARED'", LedgerState.FAILED.name(), code,
                now.toEpochMilli(), idempotencyKey);
    }

    @Override
    public Optional<LedgerRecord> find(String idempotencyKey) {
        return one("find", "SELECT " + COLUMNS + " FROM ace_filing WHERE idempotency_key = ?", idempotencyKey);
    }

    @Override
    public Optional<LedgerRecord> findByBatch(String batchId) {
        return one("findByBatch", "SELECT " + COLUMNS + " FROM ace_filing WHERE batch_id = ? ORDER BY seq", batchId);
    }

    private Optional<LedgerRecord> live(String fingerprint) {
        return one("prepare", "SELECT " + COLUMNS + " FROM ace_filing WHERE live_fingerprint = ?", fingerprint);
    }

    @Override
    public List<LedgerRecord> unfinished() {
        try {
            return with(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM ace_filing WHERE state IN "
                        + "('PREPARED', 'SENT') ORDER BY seq"); ResultSet r = s.executeQuery()) {
                    List<LedgerRecord> out = new ArrayList<>();
                    while (r.next()) {
                        out.add(record(r));
                    }
                    return out;
                }
            });
        } catch (SQLException e) {
            throw failure("unfinished", e);
        }
    }

    @Override
    public List<LedgerAnswer> answers(String idempotencyKey) {
        try {
            return with(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT message_id, application_id, body, received_at "
                        + "FROM ace_answer WHERE idempotency_key = ? ORDER BY seq")) {
                    s.setString(1, idempotencyKey);
                    List<LedgerAnswer> out = new ArrayList<>();
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            out.add(new LedgerAnswer(r.getString(1), r.getString(2), r.getString(3),
                                    Instant.ofEpochMilli(r.getLong(4))));
                        }
                    }
                    return out;
                }
            });
        } catch (SQLException e) {
            throw failure("answers", e);
        }
    }

    private Optional<LedgerRecord> one(String what, String sql, String value) {
        try {
            return with(c -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, value);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? Optional.of(record(r)) : Optional.<LedgerRecord>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private void update(String what, String sql, Object... values) {
        try {
            with(c -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (int i = 0; i < values.length; i++) {
                        s.setObject(i + 1, values[i]);
                    }
                    return s.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static LedgerRecord record(ResultSet r) throws SQLException {
        return new LedgerRecord(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                LedgerState.valueOf(r.getString(6)), r.getString(7), r.getString(8), Instant.ofEpochMilli(r.getLong(9)),
                Instant.ofEpochMilli(r.getLong(10)));
    }

    private static LedgerException failure(String what, SQLException e) {
        // the SQL state and vendor code only: a driver's message may quote the values bound
        return new LedgerException("the ledger's " + what + " failed (SQL state " + e.getSQLState() + ", code "
                + e.getErrorCode() + ")", e);
    }

    @Override
    public String toString() {
        return "JdbcFilingLedger";
    }

    /** A data source from a URL, through {@link DriverManager}; the password is never printed. */
    private static final class UrlDataSource implements DataSource {
        private final String url;
        private final String user;
        private final String password;

        UrlDataSource(String url, String user, String password) {
            this.url = Objects.requireNonNull(url, "url");
            this.user = user;
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return DriverManager.getConnection(url, u, p);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            throw new UnsupportedOperationException("no log writer");
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
