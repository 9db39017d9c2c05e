package org.accord.decision;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.accord.document.DocumentType;
import org.accord.system.Labels;
import org.springframework.stereotype.Component;

/** The decision register as rows of text, the same for every export format. */
@Component
class RegisterExportRows {

  /** Decisions read per query: the register is never loaded whole. */
  static final int CHUNK = 500;

  static final List<String> HEADERS = List.of("Number", "Date (UTC)", "Body", "Taken by", "Document symbol",
      "Document title", "Document type", "Outcome", "Version", "SHA-256", "Reservations", "Note");

  /** The register is exported in English, the language of its headers. */
  private static final Locale LANGUAGE = Locale.ENGLISH;

  private final DecisionRegister register;
  private final Labels labels;

  RegisterExportRows(DecisionRegister register, Labels labels) {
    this.register = register;
    this.labels = labels;
  }

  /**
   * Hands every decision of the year (of all years when null), newest first, to {@code row}. A
   * decision recorded meanwhile lands on top and pushes the rest one place down, so a chunk may
   * begin with decisions of the chunk before: they are skipped, and reading goes on until a short
   * chunk, so nothing is lost either.
   */
  void forEach(Integer year, Consumer<List<String>> row) {
    Set<Long> previousChunk = Set.of();
    for (int offset = 0; ; offset += CHUNK) {
      List<Decision> chunk = register.page(year, offset, CHUNK);
      for (Decision decision : chunk) {
        if (!previousChunk.contains(decision.id())) {
          row.accept(cells(decision));
        }
      }
      if (chunk.size() < CHUNK) {
        return;
      }
      previousChunk = chunk.stream().map(Decision::id).collect(Collectors.toSet());
    }
  }

  List<String> cells(Decision decision) {
    return List.of(
        decision.number(),
        decision.decidedAt().toInstant().truncatedTo(ChronoUnit.SECONDS).toString(),
        orEmpty(decision.body()),
        decision.takenBy(),
        orEmpty(decision.documentSymbol()),
        orEmpty(decision.documentTitle()),
        documentType(decision.documentType()),
        labels.of(decision.outcome(), LANGUAGE),
        String.valueOf(decision.versionNumber()),
        orEmpty(decision.versionSha256()),
        decision.reservations().stream()
            .map(reservation -> reservation.delegationCode() + ": " + reservation.text())
            .collect(Collectors.joining("; ")),
        orEmpty(decision.note()));
  }

  private String documentType(String type) {
    try {
      return labels.of(DocumentType.valueOf(type), LANGUAGE);
    } catch (IllegalArgumentException | NullPointerException e) {
      return orEmpty(type);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
