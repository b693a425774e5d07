package dev.sparkform.model.apache;

/**
 * The master: its StatefulSet and Service.
 *
 * <p>CRD path: {@code SparkCluster.spec.masterSpec}.
 */
public class MasterSpec extends StatefulSetRoleSpec<MasterSpec> {
  public MasterSpec() {}

  @Override
  protected MasterSpec self() {
    return this;
  }

  @Override
  public String toString() {
    return "MasterSpec{" + baseFieldsToString() + "}";
  }
}
