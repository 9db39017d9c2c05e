package org.accord.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accord.document.DocumentStatus;
import org.junit.jupiter.api.Test;

/** Where a document stands on the strip, from its status and its rounds. */
class ApprovalStagesTest {

  private static final ApprovalStages.Reached NOTHING = new ApprovalStages.Reached(false, false, false, false);

  @Test
  void shouldStandAtTheDraftBeforeAnyRound() {
    // when
    List<ApprovalStages.Stage> strip = ApprovalStages.of(DocumentStatus.AWAITING_DRAFT, List.of(), NOTHING);

    // then the rounds to come are one stage, and nothing is done
    assertThat(strip).extracting(ApprovalStages.Stage::stage).containsExactly(ApprovalStage.DRAFT,
        ApprovalStage.REGISTRATION, ApprovalStage.ROUND, ApprovalStage.CONSENSUS, ApprovalStage.SOC, ApprovalStage.ADOPTED);
    assertThat(strip.get(0).progress()).isEqualTo(StageProgress.CURRENT);
    assertThat(strip.get(2).round()).isNull();
    assertThat(strip.subList(1, strip.size())).allMatch(stage -> stage.progress() == StageProgress.TO_COME);
  }

  @Test
  void shouldStandAtTheLatestRoundWhileTheCoordinatorRevises() {
    // when round 2 is closed and the coordinator revises
    List<ApprovalStages.Stage> strip = ApprovalStages.of(DocumentStatus.IN_REVISION, List.of(1, 2), NOTHING);

    // then round 2 is current, round 1 done
    assertThat(strip).extracting(ApprovalStages.Stage::round).containsExactly(null, null, 1, 2, null, null, null);
    assertThat(strip).extracting(ApprovalStages.Stage::progress).containsExactly(StageProgress.DONE, StageProgress.DONE,
        StageProgress.DONE, StageProgress.CURRENT, StageProgress.TO_COME, StageProgress.TO_COME, StageProgress.TO_COME);
  }

  @Test
  void shouldStandAtTheSocUnderSilenceAndAtTheEndOnceAdopted() {
    assertThat(current(ApprovalStages.of(DocumentStatus.UNDER_SILENCE, List.of(1), NOTHING))).isEqualTo(ApprovalStage.SOC);
    assertThat(current(ApprovalStages.of(DocumentStatus.AWAITING_CONSENSUS, List.of(1), NOTHING)))
        .isEqualTo(ApprovalStage.CONSENSUS);
    List<ApprovalStages.Stage> adopted = ApprovalStages.of(DocumentStatus.ADOPTED, List.of(1), NOTHING);
    assertThat(adopted.get(adopted.size() - 1).isCurrent()).isTrue();
    assertThat(adopted.subList(0, adopted.size() - 1)).allMatch(stage -> stage.progress() == StageProgress.DONE);
  }

  @Test
  void shouldShowAWithdrawnDocumentOnlyTheStagesItReached() {
    // when a registered paper is withdrawn before any round
    List<ApprovalStages.Stage> strip = ApprovalStages.of(DocumentStatus.WITHDRAWN, List.of(),
        new ApprovalStages.Reached(true, true, false, false));

    // then
    assertThat(strip).extracting(ApprovalStages.Stage::stage)
        .containsExactly(ApprovalStage.DRAFT, ApprovalStage.REGISTRATION, ApprovalStage.WITHDRAWN);
    assertThat(current(strip)).isEqualTo(ApprovalStage.WITHDRAWN);
  }

  private static ApprovalStage current(List<ApprovalStages.Stage> strip) {
    return strip.stream().filter(ApprovalStages.Stage::isCurrent).findFirst().orElseThrow().stage();
  }
}
