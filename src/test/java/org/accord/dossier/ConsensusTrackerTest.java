package org.accord.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.accord.document.SilenceRule;
import org.accord.forum.Delegation;
import org.accord.forum.DelegationKind;
import org.accord.negotiation.Position;
import org.accord.negotiation.PositionChange;
import org.accord.negotiation.PositionKind;
import org.accord.negotiation.Round;
import org.junit.jupiter.api.Test;

/** The consensus tracker: one row per member state, and what the round's tally counts. */
class ConsensusTrackerTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2022-12-01T10:00:00Z");
  private static final Round ROUND = new Round(1, 7, 1, 70, 1, null, AT, AT.plusDays(14), null, null, false,
      SilenceRule.NO_OBJECTION, AT.plusDays(14), null);

  @Test
  void shouldCountASilenceRecordedAtTheDeadlineAsSilentAndAnObjectionAsBlocking() {
    // given China objects after first agreeing, India was silent at the deadline, Russia never answered
    List<Delegation> states = List.of(state("CN"), state("IN"), state("RU"), state("VN"));
    List<Position> positions = List.of(
        new Position(1, 1, "CN", PositionKind.OBJECTION, "Reasons.", null, false, "cn.delegate1", AT, AT.plusDays(2)),
        new Position(2, 1, "IN", PositionKind.NO_OBJECTION, null, null, true, "engine", AT.plusDays(14), null),
        new Position(3, 1, "VN", PositionKind.RESERVATION, "Statement.", "¶3", false, "vn.delegate1", AT, null));
    List<PositionChange> changes = List.of(
        new PositionChange(1, "CN", PositionKind.NO_OBJECTION, null, null, false, "cn.delegate1", AT),
        new PositionChange(2, "CN", PositionKind.OBJECTION, "Reasons.", null, false, "cn.delegate2", AT.plusDays(2)),
        new PositionChange(3, "VN", PositionKind.RESERVATION, "Statement.", "¶3", false, "vn.delegate1", AT));

    // when a delegate of Viet Nam reads the round
    ConsensusTracker tracker = ConsensusTracker.of(ROUND, states, positions, changes, states.get(3));

    // then
    assertThat(tracker.rows()).extracting(row -> row.state().code()).containsExactly("CN", "IN", "RU", "VN");
    assertThat(tracker.answered()).isEqualTo(2);
    assertThat(tracker.silent()).isEqualTo(2);
    assertThat(tracker.blocking()).isEqualTo(1);
    ConsensusTracker.Row china = tracker.rows().get(0);
    assertThat(china.isBlocking()).isTrue();
    assertThat(china.wasChanged()).isTrue();
    assertThat(tracker.rows().get(1).isSilent()).isTrue();
    assertThat(tracker.rows().get(2).position()).isNull();
    ConsensusTracker.Row vietNam = tracker.rows().get(3);
    assertThat(vietNam.yours()).isTrue();
    assertThat(vietNam.paragraph()).contains(3);
    assertThat(vietNam.wasChanged()).isFalse();
  }

  private static Delegation state(String code) {
    return new Delegation(code, code, DelegationKind.MEMBER_STATE, "delegation-" + code.toLowerCase());
  }
}
