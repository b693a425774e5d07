import static dev.sparkform.Sparkform.*;

import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import java.util.ArrayList;
import java.util.List;

/** Benchmark stack: N apps (default 1000), each a ServiceAccount, Role and RoleBinding. */
public final class ThousandApps {
  private ThousandApps() {}

  public static Stack define() {
    int n = Integer.getInteger("apps", 1000);
    List<StackResource> resources = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String app = "app-" + i;
      resources.add(serviceAccount(app));
      resources.add(role(app).rules(rule().apiGroups("").resources("pods", "services", "configmaps")
          .verbs(GET, LIST, WATCH, CREATE, DELETE)));
      resources.add(roleBinding(app).role(app).serviceAccount(app));
    }
    return stack("bench").namespace("spark-jobs").add(resources.toArray(new StackResource[0]));
  }
}
