package org.accord.document.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The Secretariat's posts of one year, all costed in one currency. */
record StaffMatrix(int year, String currency, List<Post> posts) {

  /**
   * {@code annualCost} is what ONE post of this title and grade costs in a year. Grades (P-5, G-6)
   * are kept in capitals, so that "p-5" and "P-5" are the same post.
   */
  record Post(String title, String grade, int number, BigDecimal annualCost) {

    String key() {
      return title + ", " + grade;
    }

    BigDecimal cost() {
      return annualCost.multiply(BigDecimal.valueOf(number));
    }
  }

  static StaffMatrix read(Fields matrix) {
    int year = matrix.year("year");
    String currency = matrix.currency("currency");
    List<Post> posts = matrix.list("posts", post -> new Post(post.text("title"), post.text("grade").toUpperCase(Locale.ROOT),
        post.positiveWholeNumber("number"), post.amount("annualCost")));
    matrix.requireUnique("posts", posts, Post::key, "refusal.content.sameTitleAndGrade");
    return new StaffMatrix(year, currency, posts);
  }

  Money total() {
    BigDecimal total = posts.stream().map(Post::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Money(total.setScale(2), currency);
  }
}
