package org.opendrimbox.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The "drimbox" persistence unit on a fresh in-memory H2 database migrated by the project's Flyway scripts,
 * with RESOURCE_LOCAL transactions and schema validation: the real schema for repository-level tests.
 */
public final class MigratedH2 {

  private MigratedH2() {}

  /** Opens a new, empty, migrated database; close the factory to drop it from use. */
  public static EntityManagerFactory open(String name) {
    String url = "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").load().migrate();
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    ds.setPassword("sa");
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jtaDataSource", ds);
    props.put("jakarta.persistence.nonJtaDataSource", ds);
    props.put("hibernate.hbm2ddl.auto", "validate");
    props.put("hibernate.type.json_format_mapper", NoFormatMapper.class.getName());
    props.put("hibernate.type.xml_format_mapper", NoFormatMapper.class.getName());
    return Persistence.createEntityManagerFactory("drimbox", props);
  }
}
