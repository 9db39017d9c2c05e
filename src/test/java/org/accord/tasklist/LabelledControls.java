package org.accord.tasklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a form that Camunda's renderer wrote (one tag per line, attributes in double quotes) as an
 * assistive technology would: which of its form controls has no accessible name. An input, select or
 * textarea is named by a label whose {@code for} is its id; a button by its {@code aria-label}.
 */
public final class LabelledControls {

  private static final Pattern TAG = Pattern.compile("<(input|select|textarea|button|label)\\b([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");

  private LabelledControls() {}

  /** Each control without a name, as its tag: empty when every control is named. */
  public static List<String> unnamed(String html) {
    Set<String> labelled = new HashSet<>();
    List<String[]> controls = new ArrayList<>();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String name = tag.group(1);
      String attributes = tag.group(2);
      if (name.equals("label")) {
        String target = attribute(attributes, "for");
        if (target != null) {
          labelled.add(target);
        }
      } else {
        controls.add(new String[] {name, attributes, tag.group()});
      }
    }
    List<String> unnamed = new ArrayList<>();
    for (String[] control : controls) {
      String ariaLabel = attribute(control[1], "aria-label");
      boolean named = control[0].equals("button")
          ? ariaLabel != null && !ariaLabel.isBlank()
          : labelled.contains(attribute(control[1], "id")) || (ariaLabel != null && !ariaLabel.isBlank());
      if (!named) {
        unnamed.add(control[2]);
      }
    }
    return unnamed;
  }

  /** How many form controls the form has: a test that finds none has read the wrong form. */
  public static long controls(String html) {
    return TAG.matcher(html).results().filter(found -> !found.group(1).equals("label")).count();
  }

  private static String attribute(String attributes, String name) {
    Matcher attribute = ATTRIBUTE.matcher(attributes);
    while (attribute.find()) {
      if (attribute.group(1).equals(name)) {
        return attribute.group(2);
      }
    }
    return null;
  }
}
