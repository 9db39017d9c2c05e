package org.accord.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.document.Paragraphs;
import org.accord.forum.Delegation;
import org.accord.negotiation.Position;
import org.accord.negotiation.PositionChange;
import org.accord.negotiation.Round;

/**
 * Who has answered in a round and what: one row per member state, silent ones included, since
 * consensus is read as much from who has not spoken as from who has. Its methods are public because
 * templates call them.
 */
record ConsensusTracker(Round round, List<Row> rows) {

  /**
   * A member state's place in the round: its position as it stands (none while silent) and every
   * entry of its record, oldest first.
   */
  record Row(Delegation state, Position position, List<PositionChange> history, boolean yours) {

    /** No position yet, or one recorded for it at the deadline by the round's silence rule. */
    public boolean isSilent() {
      return position == null || position.bySilence();
    }

    public boolean isBlocking() {
      return position != null && position.kind().blocksConsensus();
    }

    /** The paragraph the position names by number, to link to it in the text. */
    public Optional<Integer> paragraph() {
      return position == null ? Optional.empty() : Paragraphs.numberOf(position.anchor());
    }

    /** Changed at least once since it was given: its history is worth reading. */
    public boolean wasChanged() {
      return history.size() > 1;
    }
  }

  /**
   * @param memberStates every member state, in the order the grid lists them
   * @param yours the reader's own delegation, marked in the grid; null for a reader without one
   */
  static ConsensusTracker of(Round round, List<Delegation> memberStates, List<Position> positions,
      List<PositionChange> changes, Delegation yours) {
    Map<String, Position> byState = positions.stream()
        .collect(Collectors.toMap(Position::delegationCode, Function.identity(), (first, second) -> second));
    Map<String, List<PositionChange>> historyOf = changes.stream()
        .collect(Collectors.groupingBy(PositionChange::delegationCode));
    return new ConsensusTracker(round, memberStates.stream()
        .map(state -> new Row(state, byState.get(state.code()), historyOf.getOrDefault(state.code(), List.of()),
            yours != null && yours.code().equals(state.code())))
        .toList());
  }

  /** Answered in the delegation's own words; a silence counted at the deadline is not an answer. */
  public long answered() {
    return rows.stream().filter(row -> !row.isSilent()).count();
  }

  public long silent() {
    return rows.stream().filter(Row::isSilent).count();
  }

  public long blocking() {
    return rows.stream().filter(Row::isBlocking).count();
  }
}
