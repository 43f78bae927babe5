package org.opendrimbox.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.opendrimbox.platform.jndi.JndiNames;
import org.hibernate.SessionFactory;

/**
 * Brings the database schema to the current version at deployment (Flyway migrations in {@code
 * db/migration} of drimbox-jpa), then has Hibernate validate the entity mappings against it. Either failure
 * fails the deployment, so a box never runs on a schema it does not understand.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = JndiNames.DATASOURCE)
  private DataSource dataSource;

  @PersistenceUnit(unitName = "drimbox")
  private EntityManagerFactory emf;

  @PostConstruct
  void migrateAndValidate() {
    var result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
        + " migration(s) applied, " + result.database + ")");
    emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    LOG.info("Entity mappings validated against the database schema");
  }
}
