package org.opendrimbox.dmpsim.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.opendrimbox.xds.rim.RimReader;
import org.opendrimbox.xds.rim.RimWriter;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.sign.SignatureProfile;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Registry + repository kept in memory and mirrored to files: {@code entries/<uuid>.xml} (the
 * ebRIM ExtrinsicObject plus bookkeeping attributes) and {@code documents/<sha256(uniqueId)>.bin}.
 * Writes go to a temp file then an atomic move, so a crash never leaves a half-written entry.
 */
public final class FileRegistry {
  private static final String NS = "urn:opendrimbox:dmp-simulator";
  private final Path entriesDir;
  private final Path documentsDir;
  private final Map<String, StoredEntry> entries = new LinkedHashMap<>();

  public FileRegistry(Path dataDir) {
    this.entriesDir = dataDir.resolve("entries");
    this.documentsDir = dataDir.resolve("documents");
    try {
      Files.createDirectories(entriesDir);
      Files.createDirectories(documentsDir);
      try (Stream<Path> files = Files.list(entriesDir)) {
        files.filter(f -> f.toString().endsWith(".xml")).map(FileRegistry::load)
            .sorted(Comparator.comparing(StoredEntry::storedAt))
            .forEach(e -> entries.put(e.entryUuid(), e));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stores an entry and, when given, its content. */
  public synchronized void put(StoredEntry entry, byte[] content) {
    if (content != null) {
      write(documentsDir.resolve(key(entry.uniqueId()) + ".bin"), content);
    }
    save(entry);
  }

  /** Changes the status of an entry. */
  public synchronized StoredEntry setStatus(String entryUuid, String status) {
    StoredEntry updated = entries.get(entryUuid).withStatus(status);
    save(updated);
    return updated;
  }

  public synchronized Optional<StoredEntry> byEntryUuid(String entryUuid) {
    return Optional.ofNullable(entries.get(entryUuid));
  }

  /** The entry with this uniqueId, preferring the Approved version. */
  public synchronized Optional<StoredEntry> byUniqueId(String uniqueId) {
    List<StoredEntry> all = entries.values().stream()
        .filter(e -> e.uniqueId().equals(uniqueId)).toList();
    return all.stream().filter(e -> XdsIds.APPROVED.equals(e.status())).findFirst()
        .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
  }

  public synchronized List<StoredEntry> all() {
    return new ArrayList<>(entries.values());
  }

  /** Stored bytes of a document. */
  public Optional<byte[]> content(String uniqueId) {
    Path f = documentsDir.resolve(key(uniqueId) + ".bin");
    try {
      return Files.exists(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void save(StoredEntry e) {
    Document doc = Xml.newDocument();
    Element root = Xml.append(doc, NS, "sim:entry");
    root.setAttribute("storedAt", e.storedAt().toString());
    root.setAttribute("submissionSet", e.submissionSetUniqueId());
    root.setAttribute("structure", e.submitterStructure() == null ? "" : e.submitterStructure());
    RimWriter.writeExtrinsic(root, e.metadata());
    write(entriesDir.resolve(key(e.entryUuid()) + ".xml"), Xml.toBytes(doc));
    entries.put(e.entryUuid(), e);
  }

  private static StoredEntry load(Path file) {
    try {
      Element root = Xml.parse(Files.readAllBytes(file)).getDocumentElement();
      Element eo = Xml.child(root, Ns.RIM, "ExtrinsicObject").orElseThrow();
      return new StoredEntry(RimReader.readExtrinsic(eo), root.getAttribute("submissionSet"),
          root.getAttribute("structure"), Instant.parse(root.getAttribute("storedAt")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path target, byte[] bytes) {
    try {
      Path tmp = Files.createTempFile(target.getParent(), "tmp", ".part");
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(String id) {
    return HexFormat.of().formatHex(SignatureProfile.digest("SHA-256",
        id.getBytes(StandardCharsets.UTF_8)));
  }
}
