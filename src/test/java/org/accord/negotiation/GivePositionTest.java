package org.accord.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.system.InvalidInputException;
import org.accord.system.Limits;
import org.junit.jupiter.api.Test;

/** A stated position, checked once whichever client stated it. */
class GivePositionTest {

  @Test
  void shouldTrimTheTextAndTheAnchorAndNameTheDelegationByItsCode() {
    GivePosition checked = new GivePosition(" kz ", PositionKind.AMENDMENT, "  Replace paragraph 3.  ", " §3 ").checked();

    assertThat(checked).isEqualTo(new GivePosition("KZ", PositionKind.AMENDMENT, "Replace paragraph 3.", "§3"));
  }

  @Test
  void shouldRequireTheTextThatTheKindNeeds() {
    assertThatThrownBy(() -> new GivePosition("KZ", PositionKind.OBJECTION, " ", null).checked())
        .isInstanceOf(InvalidInputException.class).hasMessage("A position of kind OBJECTION needs a text: the reasons.");
    assertThat(new GivePosition("KZ", PositionKind.NO_OBJECTION, " ", "").checked().text()).isNull();
  }

  @Test
  void shouldRefuseAPositionWithoutKindOrBeyondTheLimits() {
    assertThatThrownBy(() -> new GivePosition("KZ", null, null, null).checked())
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("The kind of position is missing");
    assertThatThrownBy(() -> new GivePosition("KZ", PositionKind.RESERVATION, "x".repeat(Limits.TEXT + 1), null).checked())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("limited to 20000 characters");
    assertThatThrownBy(() -> new GivePosition("KZ", PositionKind.AMENDMENT, "Text", "§".repeat(Limits.ANCHOR + 1)).checked())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("limited to 200 characters");
  }
}
