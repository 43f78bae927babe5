package org.opendrimbox.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.jpa.entity.PublicationTask.State;
import org.opendrimbox.publication.internal.PublicationRepository;

/** What operators see and do on the publication queue (the admin API's service). */
@ApplicationScoped
public class PublicationAdmin {

  @Inject private PublicationRepository repository;

  @Inject private PublicationService service;

  /** Tasks, newest first; {@code state} null for all. */
  public List<TaskView> list(String state, int max) {
    return repository.list(state == null ? null : parse(state), max);
  }

  public Optional<TaskView> find(long id) {
    return repository.find(id);
  }

  /** The KOS (Part 10 bytes) built for the task, once built. */
  public Optional<byte[]> kos(long id) {
    return repository.kos(id);
  }

  /** Queues a failed task again; false when the task is not failed. */
  public boolean retry(long id) {
    return service.retry(id);
  }

  private static State parse(String state) {
    try {
      return State.valueOf(state.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown state '" + state + "', expected one of " + Arrays.toString(State.values()));
    }
  }
}
