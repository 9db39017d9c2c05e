package org.accord.forum;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Forum", description = "The parties of the forum")
class ForumController {

  private final Forum forum;

  ForumController(Forum forum) {
    this.forum = forum;
  }

  @GetMapping("/api/forum/delegations")
  @Operation(summary = "Member states, observers and the Secretariat, with their Camunda groups")
  List<Delegation> delegations() {
    return forum.all();
  }
}
