package org.accord.document;

import org.accord.system.Inputs;
import org.accord.system.InvalidInputException;

/**
 * What a coordinator submits as a version: structured data (JSON, validated for the document's
 * type), a body (a file or a text), or both; and an optional note answering the amendments.
 */
public record Submission(String data, VersionContent body, String note) {

  public Submission {
    if ((data == null || data.isBlank()) && body == null) {
      throw new InvalidInputException("refusal.document.submissionEmpty");
    }
    data = data == null || data.isBlank() ? null : data;
    note = Inputs.note(note);
  }

  public static Submission text(String text) {
    return new Submission(null, VersionContent.text(text), null);
  }
}
