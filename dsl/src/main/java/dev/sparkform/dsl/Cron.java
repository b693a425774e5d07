package dev.sparkform.dsl;

import java.util.List;
import java.util.Locale;

/**
 * Checks cron expressions as the kubeflow operator's parser (robfig/cron, standard five fields)
 * accepts them: minute hour day-of-month month day-of-week, each {@code *}, {@code ?} (days only),
 * numbers, names (JAN-DEC, SUN-SAT), ranges, lists and steps; or a descriptor such as
 * {@code @daily} or {@code @every 1h30m}. Like robfig/cron (which Kubernetes' CronJob validation
 * uses too), descriptors match exactly ({@code "@yearly "} is refused), while the five fields may
 * have surrounding blanks; control characters other than tabs are refused everywhere.
 */
final class Cron {
  private static final List<String> DESCRIPTORS =
      List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final String[] FIELDS = {"minute", "hour", "day of month", "month", "day of week"};
  private static final int[] MIN = {0, 0, 1, 1, 0};
  private static final int[] MAX = {59, 23, 31, 12, 6};
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private Cron() {}

  /** A control character other than a tab, or a surrogate. */
  private static boolean hasControlCharacter(String cron) {
    for (int i = 0; i < cron.length(); i++) {
      char c = cron.charAt(i);
      if (c != '\t' && (Character.isISOControl(c) || Character.isSurrogate(c))) {
        return true;
      }
    }
    return false;
  }

  static void validate(Problems p, String cron) {
    if (hasControlCharacter(cron)) {
      p.add("cron \"%s\" contains a control character", Texts.visible(cron));
      return;
    }
    if (cron.startsWith("CRON_TZ=") || cron.startsWith("TZ=")) {
      p.add("cron \"%s\": put the time zone in timeZone(..), not in the expression", cron);
      return;
    }
    if (cron.startsWith("@")) {
      // robfig/cron compares the whole string: no blank may surround a descriptor or its duration
      if (cron.startsWith("@every ")) {
        if (!cron.substring(7).matches("([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+")) {
          p.add("cron \"%s\": @every needs a duration such as 1h30m", cron);
        }
      } else if (!DESCRIPTORS.contains(cron)) {
        p.add("cron \"%s\": unknown descriptor (one of %s, @every <duration>; no blanks around it)", cron,
            String.join(", ", DESCRIPTORS));
      }
      return;
    }
    String[] fields = cron.trim().split("[ \t]+");
    if (fields.length != 5) {
      p.add("cron \"%s\" has %d fields; expected 5: minute hour day-of-month month day-of-week", cron, fields.length);
      return;
    }
    for (int i = 0; i < 5; i++) {
      String error = field(fields[i], i);
      if (error != null) {
        p.add("cron \"%s\": %s field \"%s\" %s", cron, FIELDS[i], fields[i], error);
      }
    }
  }

  /** Null when valid, else why not. */
  private static String field(String field, int i) {
    for (String part : field.split(",", -1)) {
      String range = part;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        range = part.substring(0, slash);
        String step = part.substring(slash + 1);
        if (!step.matches("[0-9]+") || Integer.parseInt(step) == 0) {
          return "has step \"" + step + "\"; a step is a positive number";
        }
      }
      if (range.equals("*") || (range.equals("?") && (i == 2 || i == 4))) {
        continue;
      }
      String[] bounds = range.split("-", -1);
      if (bounds.length > 2) {
        return "has a malformed range \"" + range + "\"";
      }
      int lo = value(bounds[0], i);
      int hi = bounds.length == 2 ? value(bounds[1], i) : lo;
      if (lo < 0 || hi < 0) {
        return "is not a number in " + MIN[i] + "-" + MAX[i] + (i == 3 ? " or JAN-DEC" : i == 4 ? " or SUN-SAT" : "");
      }
      if (lo > hi) {
        return "has range " + range + " that ends before it starts";
      }
    }
    return null;
  }

  private static int value(String s, int i) {
    String u = s.toUpperCase(Locale.ROOT);
    if (i == 3 && MONTHS.contains(u)) {
      return MONTHS.indexOf(u) + 1;
    }
    if (i == 4 && DAYS.contains(u)) {
      return DAYS.indexOf(u);
    }
    if (!s.matches("[0-9]{1,2}")) {
      return -1;
    }
    int v = Integer.parseInt(s);
    return v < MIN[i] || v > MAX[i] ? -1 : v;
  }
}
