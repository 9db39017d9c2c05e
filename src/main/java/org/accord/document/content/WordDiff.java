package org.accord.document.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.document.VersionChanges.Piece;
import org.accord.document.VersionChanges.TextEdit;

/**
 * A reworded line with the words that changed marked, as negotiators compare drafts: "insert 'in
 * renewable sources of energy,' after 'experience'" reads at a glance. Lines rewritten from end to end
 * are shown removed and added whole, since marking nearly every word helps nobody.
 */
final class WordDiff {

  /** Words (letters and digits), runs of spaces, and each other sign on its own. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\s+|[^\\p{L}\\p{N}\\s]");

  /** Below this share of the longer line kept, the line counts as rewritten. */
  private static final double KEPT_ENOUGH = 0.4;

  private WordDiff() {}

  /** The line reworded, with its kept, deleted and inserted runs; empty when it was rewritten. */
  static List<Piece> between(String before, String after) {
    List<String> was = tokens(before);
    List<String> is = tokens(after);
    List<Piece> pieces = new ArrayList<>();
    int next = 0;
    int kept = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(was, is).getDeltas()) {
      int start = delta.getSource().getPosition();
      kept += add(pieces, TextEdit.KEPT, was.subList(next, start));
      add(pieces, TextEdit.DELETED, delta.getSource().getLines());
      add(pieces, TextEdit.INSERTED, delta.getTarget().getLines());
      next = start + delta.getSource().size();
    }
    kept += add(pieces, TextEdit.KEPT, was.subList(next, was.size()));
    int longer = Math.max(before.strip().length(), after.strip().length());
    return longer > 0 && kept < KEPT_ENOUGH * longer ? List.of() : pieces;
  }

  /** Appends a run, joined to the previous one when it is of the same kind; returns its letters kept. */
  private static int add(List<Piece> pieces, TextEdit edit, List<String> tokens) {
    if (tokens.isEmpty()) {
      return 0;
    }
    String text = String.join("", tokens);
    int last = pieces.size() - 1;
    if (last >= 0 && pieces.get(last).edit() == edit) {
      pieces.set(last, new Piece(edit, pieces.get(last).text() + text));
    } else {
      pieces.add(new Piece(edit, text));
    }
    return text.strip().length();
  }

  private static List<String> tokens(String line) {
    List<String> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(line);
    while (token.find()) {
      tokens.add(token.group());
    }
    return tokens;
  }
}
