package org.accord.document.content;

import java.util.List;
import org.accord.document.Dimension;
import org.accord.forum.Forum;
import org.accord.system.InvalidInputException;

/** A concept paper: one priority area under one dimension, held by coordinator states. */
record ConceptPaper(String priorityArea, Dimension dimension, List<String> coordinators,
    List<String> coCoordinators, String text) {

  static ConceptPaper read(Fields paper, Forum forum) {
    List<String> coordinators = paper.states("coordinators", forum, true);
    List<String> coCoordinators = paper.states("coCoordinators", forum, false);
    coCoordinators.stream().filter(coordinators::contains).findFirst().ifPresent(both -> {
      throw new InvalidInputException("refusal.content.bothCoordinators", both);
    });
    return new ConceptPaper(paper.text("priorityArea"), paper.choice("dimension", Dimension.class),
        coordinators, coCoordinators, paper.longText("text"));
  }
}
