package dev.streamt.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresDatabaseIT {

    private static EmbeddedPostgresDatabase postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedPostgresDatabase.start();
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void storesAndReadsRows() throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE pipelines (id serial PRIMARY KEY, name text NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO pipelines (name) VALUES (?)")) {
                insert.setString(1, "orders_enriched");
                insert.executeUpdate();
            }
            try (ResultSet rows = statement.executeQuery("SELECT name, version() FROM pipelines")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("orders_enriched");
                assertThat(rows.getString(2)).startsWith("PostgreSQL 17");
            }
        }
    }

    @Test
    void createsDatabasesAndSchemas() throws Exception {
        String url = postgres.createDatabase("lineage");
        postgres.createSchema("lineage", "graph");

        assertThat(url).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/lineage");
        try (Connection connection = postgres.openConnection("lineage");
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT current_database(), count(*) FROM information_schema.schemata WHERE schema_name = 'graph'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("lineage");
            assertThat(rows.getInt(2)).isEqualTo(1);
        }
    }

    @Test
    void rejectsNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> postgres.createDatabase("x; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secondServerRunsOnItsOwnPortAndCleansUp() {
        EmbeddedPostgresDatabase second = EmbeddedPostgresDatabase.start();
        try {
            assertThat(second.port()).isNotEqualTo(postgres.port());
            assertThat(second.workDirectory()).startsWith(WorkDirectories.base());
        } finally {
            second.close();
        }
        assertThat(Files.exists(second.workDirectory())).isFalse();
        assertThatThrownBy(() -> second.openConnection().close()).isInstanceOf(java.sql.SQLException.class);
    }
}
