// The cdk8s side of bench/compare-cdk8s.sh: the same objects as bench/SparkApps.java renders
// (per app a ServiceAccount, Role, RoleBinding and kubeflow SparkApplication with node selector and
// tolerations), written as cdk8s ApiObjects so that the YAML holds the same fields and values.
// Usage: node bench/cdk8s-apps.js APPS [CHARTS]  — CHARTS > 0: that many one-app charts instead.
// Pod Security "restricted" container settings, as Sparkform renders them by default.
const restricted = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  runAsGroup: 185,
  runAsNonRoot: true,
  runAsUser: 185,
  seccompProfile: { type: 'RuntimeDefault' },
};
const path = require('path');
const { App, Chart, ApiObject } = require(path.join(__dirname, '.cdk8s/node_modules/cdk8s'));

const apps = parseInt(process.argv[2] || '1000', 10);
const charts = parseInt(process.argv[3] || '0', 10);
const ns = 'spark-jobs';

function labels(stack) {
  return { 'app.kubernetes.io/managed-by': 'sparkform', 'app.kubernetes.io/name': stack, 'app.kubernetes.io/part-of': stack };
}

function app(chart, stack, name) {
  const meta = { name, namespace: ns, labels: labels(stack) };
  new ApiObject(chart, name + '-sa', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta });
  new ApiObject(chart, name + '-role', {
    apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role',
    metadata: { ...meta, annotations: { 'sparkform.dev/derived-from': 'spark driver service account ' + name } },
    rules: [
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch', 'create', 'delete', 'deletecollection'] },
      { apiGroups: [''], resources: ['services'], verbs: ['deletecollection'] },
      { apiGroups: [''], resources: ['configmaps'], verbs: ['create', 'deletecollection'] },
    ],
  });
  new ApiObject(chart, name + '-rb', {
    apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta,
    roleRef: { kind: 'Role', name, apiGroup: 'rbac.authorization.k8s.io' },
    subjects: [{ kind: 'ServiceAccount', name, namespace: ns }],
  });
  const scheduling = {
    nodeSelector: { 'node-pool': 'spark' },
    tolerations: [{ effect: 'NoSchedule', key: 'dedicated', operator: 'Equal', value: 'spark' }],
  };
  new ApiObject(chart, name + '-app', {
    apiVersion: 'sparkoperator.k8s.io/v1beta2', kind: 'SparkApplication', metadata: meta,
    spec: {
      type: 'Scala',
      driver: { cores: 1, memory: '512m', ...scheduling, securityContext: restricted, serviceAccount: name },
      executor: { cores: 1, instances: 2, memory: '1g', ...scheduling, securityContext: restricted },
      image: 'apache/spark:4.0.1',
      mainApplicationFile: 'local:///opt/spark/examples/jars/spark-examples_2.13-4.0.1.jar',
      mainClass: 'org.apache.spark.examples.SparkPi',
      mode: 'cluster',
      sparkVersion: '4.0.1',
    },
  });
}

const root = new App();
if (charts > 0) {
  for (let i = 0; i < charts; i++) {
    app(new Chart(root, 'bench-' + i), 'bench-' + i, 'app-' + i);
  }
} else {
  const chart = new Chart(root, 'bench');
  for (let i = 0; i < apps; i++) {
    app(chart, 'bench', 'app-' + i);
  }
}
process.stdout.write(root.synthYaml());
