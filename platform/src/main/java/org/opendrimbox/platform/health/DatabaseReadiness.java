package org.opendrimbox.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opendrimbox.platform.jndi.JndiNames;

/** UP when a pooled connection to the database answers a validity check. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = JndiNames.DATASOURCE)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("drimbox-database");
    try (Connection c = dataSource.getConnection()) {
      return response.status(c.isValid(5)).withData("product", c.getMetaData().getDatabaseProductName()).build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
