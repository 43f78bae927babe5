package org.opendrimbox.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opendrimbox.it.support.WildFlyServer;

/**
 * The application runs on PostgreSQL: a second, fresh server configured by the same scripts, pointed at a new
 * PostgreSQL database through the DRIMBOX_DB_* variables, migrates the schema, reports ready and writes its
 * events there. Then the remove scripts take the configuration away again.
 */
@Order(1)
class PostgresqlIT {

  // The role and database that bin/setup-machine creates (role drimbox, CREATEDB, database drimbox_test).
  private static final String PG = System.getenv().getOrDefault("DRIMBOX_TEST_PG_HOST", "127.0.0.1:5432");
  private static final String ADMIN_DB = "drimbox_test";
  private static final String USER = "drimbox";
  private static final String PASSWORD = "drimbox";

  @Test
  void theBoxRunsOnPostgresqlAndTheRemoveScriptsUndoTheConfiguration() throws Exception {
    String db = "drimbox_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    sql(ADMIN_DB, "create database " + db);
    try (WildFlyServer server = WildFlyServer.startConfigured("postgresql", 200, Map.of(
        "DRIMBOX_DB_DRIVER", "postgresql",
        "DRIMBOX_DB_URL", "jdbc:postgresql://" + PG + "/" + db,
        "DRIMBOX_DB_USER", USER,
        "DRIMBOX_DB_PASSWORD", PASSWORD,
        "DRIMBOX_DICOM_PORT", "11312",
        "DRIMBOX_HL7_PORT", "2775",
        "DRIMBOX_BIND_ADDRESS", "127.0.0.1"))) {

      assertThat(server.readiness()).contains("\"product\":\"PostgreSQL\"");
      try (Connection c = connect(db);
          ResultSet rs = c.createStatement().executeQuery(
              "select count(*) from box_event where event_type = 'STARTED'")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
      try (Connection c = connect(db);
          ResultSet rs = c.createStatement().executeQuery(
              "select count(*) from flyway_schema_history where success")) {
        rs.next();
        assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
      }

      server.cli("undeploy drimbox.ear");
      server.applyConfig(true);
      Path config = server.home().resolve("standalone/configuration/standalone-full.xml");
      assertThat(Files.readString(config)).doesNotContain("Drimbox", "drimbox-io", "DRIMBOX-JOURNAL");
    } finally {
      sql(ADMIN_DB, "drop database if exists " + db + " with (force)");
    }
  }

  private static Connection connect(String db) throws Exception {
    return DriverManager.getConnection("jdbc:postgresql://" + PG + "/" + db, USER, PASSWORD);
  }

  private static void sql(String db, String statement) throws Exception {
    try (Connection c = connect(db)) {
      c.createStatement().execute(statement);
    }
  }
}
