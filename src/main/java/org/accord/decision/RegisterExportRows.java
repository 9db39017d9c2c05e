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

  /** The columns, by their keys in the message bundles. */
  private static final List<String> COLUMNS = List.of("number", "date", "body", "takenBy", "symbol", "title", "type",
      "outcome", "version", "sha256", "reservations", "note", "recorded");

  static final int SHA256_COLUMN = COLUMNS.indexOf("sha256");

  private final DecisionRegister register;
  private final Labels labels;

  RegisterExportRows(DecisionRegister register, Labels labels) {
    this.register = register;
    this.labels = labels;
  }

  /**
   * Hands every decision the filter lets through, newest first, to {@code row}. A
   * decision recorded meanwhile lands on top and pushes the rest one place down, so a chunk may
   * begin with decisions of the chunk before: they are skipped, and reading goes on until a short
   * chunk, so nothing is lost either.
   */
  void forEach(RegisterFilter filter, Locale language, Consumer<List<String>> row) {
    Set<Long> previousChunk = Set.of();
    for (int offset = 0; ; offset += CHUNK) {
      List<Decision> chunk = register.page(filter, offset, CHUNK);
      for (Decision decision : chunk) {
        if (!previousChunk.contains(decision.id())) {
          row.accept(cells(decision, language));
        }
      }
      if (chunk.size() < CHUNK) {
        return;
      }
      previousChunk = chunk.stream().map(Decision::id).collect(Collectors.toSet());
    }
  }

  /** The columns' names in the language given. */
  List<String> headers(Locale language) {
    return COLUMNS.stream().map(column -> labels.text("register.column." + column, language)).toList();
  }

  List<String> cells(Decision decision, Locale language) {
    return List.of(
        decision.number(),
        // the day of the act (its meeting's); when it was entered comes last, in UTC
        String.valueOf(decision.decidedOn()),
        orEmpty(decision.body()),
        decision.takenBy(),
        orEmpty(decision.documentSymbol()),
        orEmpty(decision.documentTitle()),
        documentType(decision.documentType(), language),
        labels.of(decision.outcome(), language),
        String.valueOf(decision.versionNumber()),
        orEmpty(decision.versionSha256()),
        decision.reservations().stream()
            .map(reservation -> reservation.delegationCode() + ": " + reservation.text())
            .collect(Collectors.joining("; ")),
        orEmpty(decision.note()),
        decision.decidedAt().toInstant().truncatedTo(ChronoUnit.SECONDS).toString());
  }

  private String documentType(String type, Locale language) {
    try {
      return labels.of(DocumentType.valueOf(type), language);
    } catch (IllegalArgumentException | NullPointerException e) {
      return orEmpty(type);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
