package org.accord.document.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;
import org.accord.document.content.VersionDiff.LineChange;
import org.accord.document.content.VersionDiff.LineChangeType;

/** Line changes between two texts (Myers' algorithm, which stays fast on long papers). */
final class LineDiff {

  private LineDiff() {}

  static List<LineChange> between(String before, String after) {
    return DiffUtils.diff(lines(before), lines(after)).getDeltas().stream().map(LineDiff::change).toList();
  }

  private static LineChange change(AbstractDelta<String> delta) {
    LineChangeType type = switch (delta.getType()) {
      case INSERT -> LineChangeType.ADDED;
      case DELETE -> LineChangeType.REMOVED;
      default -> LineChangeType.CHANGED;
    };
    return new LineChange(type, delta.getSource().getPosition() + 1, List.copyOf(delta.getSource().getLines()),
        delta.getTarget().getPosition() + 1, List.copyOf(delta.getTarget().getLines()));
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().toList();
  }
}
