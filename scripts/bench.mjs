// `npm run bench`: what `llm-physics check` costs on large GitOps repositories, against the floors
// any scanner pays, and what the CLI costs to start.
//
// 1. Generates synthetic repositories (deterministic: seeded PRNG) under os.tmpdir(), one at a
//    time: --files N YAML files (default 20,000) and five times as many, each at 1% and 5% LLM
//    density (--densities). The LLM files cover every format the readers support: native
//    InferenceDeployment manifests, and copies of the fixture folders of __tests__/fixtures/
//    (Kubernetes with each engine and NIM, KServe with its runtimes, Helm values of the vLLM
//    production stack and llm-d, Ray Serve and KubeRay, AIBrix, SkyPilot, dstack, NIM with its
//    NIMCache, KubeAI, KAITO, Dynamo, OME with its models and runtimes, the unread kinds), each
//    folder copied whole so that its cross-file references hold. The rest is what a GitOps
//    repository holds: Kubernetes objects, kustomizations, Helm values, Flux releases, workflows.
// 2. Runs on each repository, alternating, --runs times each, as separate `node` processes:
//      I/O floor:   tinyglobby (**/*.yaml, **/*.yml; node_modules/.git/dist ignored) + readFileSync
//                   of every file: what any scanner that looks at every byte must pay;
//      parse floor: the same + yaml.parseAllDocuments of every file (20k repositories only, unless
//                   --parse-large): what a naive linter pays;
//      check:       node dist/cli.js check <repo> --format json --fail-on never.
//    They go through one tiny wrapper that records peak RSS, CPU time and GC time at exit.
// 3. Start-up: `node -e 0`, `check` on one native manifest and `estimate`, alternating, --starts
//    times each (default 20), spawned directly (no wrapper); beside them, the YAML floor: an ES
//    module that bundles the YAML library (esbuild, as dist/ is built), reads the same manifest
//    and parses it, which is what of the start-up target the parse library alone takes.
// 4. Asserts that check found every deployment the copied fixtures and native manifests hold, and
//    prints ratios first (against the targets), then seconds, memory and GC.
//
// Options: --files N, --runs N (default 3), --starts N, --densities 1,5, --no-large (only the
// --files size), --parse-large, --keep (leave the repositories on disk), --cli F (a built CLI
// other than dist/cli.js, e.g. a copy taken while dist/ is rebuilt), --node F (the Node.js binary
// every measured process runs on, e.g. the action's Node 24 beside this machine's; default: the
// one running the bench).
// Exit 0 whatever the numbers (a missed target is printed as MISSED); non-zero when the bench
// itself could not run or check did not find the deployments.

import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus as cpuList, totalmem, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ESM_REQUIRE_BANNER } from "./esm-require-banner.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
let CLI = join(ROOT, "dist", "cli.js");
const FIXTURES = join(ROOT, "__tests__", "fixtures");
/** The fixture folders of the formats (as __tests__/formats.test.ts lists them). */
const FORMAT_DIRS = ["kubernetes", "kserve", "kserve-runtime", "helm", "launchers", "nim-kubeai", "nim-cache", "ray", "gpus", "kaito", "dynamo", "aibrix", "unread", "ome"];
const TARGETS = { ioRatio: 1.5, rssMb: 200, growth: 5.5, start: 1.3 };
const SEED = 0x5eed_2026;

// ---------------------------------------------------------------------------------------------
// Options

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

function positive(name, value, fallback) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) fail(`--${name} must be a positive whole number, got "${value}"`);
  return Number(value);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    options: {
      files: { type: "string" },
      runs: { type: "string" },
      starts: { type: "string" },
      densities: { type: "string" },
      "no-large": { type: "boolean" },
      "parse-large": { type: "boolean" },
      keep: { type: "boolean" },
      cli: { type: "string" },
      node: { type: "string" },
    },
    strict: true,
  });
} catch (error) {
  fail(`${error.message}\nusage: npm run bench -- [--files N] [--runs N] [--starts N] [--densities 1,5] [--no-large] [--parse-large] [--keep] [--cli path/to/cli.js] [--node path/to/node]`);
}
const FILES = positive("files", parsed.values.files, 20000);
const RUNS = positive("runs", parsed.values.runs, 3);
const STARTS = positive("starts", parsed.values.starts, 20);
const KEEP = parsed.values.keep ?? false;
if (parsed.values.cli !== undefined) CLI = resolve(parsed.values.cli);
/** The Node.js every measured process runs on. */
const NODE = parsed.values.node === undefined ? process.execPath : resolve(parsed.values.node);
const NODE_VERSION = NODE === process.execPath ? process.version : (() => {
  const r = spawnSync(NODE, ["--version"], { encoding: "utf8" });
  if (r.status !== 0) fail(`--node ${NODE} does not run (${r.error?.message ?? r.stderr.trim()})`);
  return r.stdout.trim();
})();
const LARGE = !(parsed.values["no-large"] ?? false);
const PARSE_LARGE = parsed.values["parse-large"] ?? false;
const DENSITIES = (parsed.values.densities ?? "1,5").split(",").map((d) => {
  const n = Number(d.trim());
  if (!Number.isFinite(n) || n <= 0 || n > 50) fail(`--densities takes percentages from 0 to 50, got "${d}"`);
  return n;
});
if (FILES < 200) fail("--files must be at least 200");

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Reseeded for each repository, so that each is the same on every run. */
let random = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
const hex = (n) => Array.from({ length: n }, () => "0123456789abcdef"[int(0, 15)]).join("");
/** Log-uniform between lo and hi bytes: many small files, some large ones, as in real repositories. */
const sizeTarget = (lo = 500, hi = 5000) => Math.round(lo * Math.pow(hi / lo, random()));

// ---------------------------------------------------------------------------------------------
// Vocabulary

const TEAMS = [
  "payments", "checkout", "search", "identity", "platform", "data-eng", "growth", "notifications",
  "billing", "catalog", "assistants", "ml-platform", "observability", "security", "mobile-api",
  "partner-api", "fraud", "recommendations", "logistics", "support", "marketing", "infra-core",
  "media", "analytics", "compliance",
];
const NOUNS = [
  "gateway", "ledger", "indexer", "router", "profile", "session", "inventory", "pricing", "cart",
  "invoice", "webhook", "scheduler", "ranker", "feed", "mailer", "exporter", "importer", "auth",
  "token", "audit", "events", "stream", "cache", "thumbnail", "upload", "geo", "quota", "reports",
];
const SUFFIXES = ["api", "worker", "svc", "consumer", "sync", "backend", "frontend", "proxy", "jobs", "admin"];
const ENVS = ["dev", "staging", "prod"];
const REGIONS = ["eu-west-1", "us-east-1", "us-west-2", "ap-southeast-1"];
const INFRA = [
  "cert-manager", "ingress-nginx", "external-dns", "prometheus", "grafana", "loki", "tempo",
  "external-secrets", "kyverno", "velero", "keda", "cluster-autoscaler", "argo-rollouts", "istio",
];
const ENV_WORDS = [
  "LOG_LEVEL", "DATABASE_URL", "REDIS_HOST", "KAFKA_BROKERS", "OTEL_EXPORTER_OTLP_ENDPOINT",
  "FEATURE_FLAGS", "HTTP_TIMEOUT_MS", "MAX_CONNECTIONS", "CACHE_TTL_SECONDS", "REGION", "SENTRY_DSN",
  "WORKER_CONCURRENCY", "S3_BUCKET", "GRPC_PORT", "JWT_ISSUER", "RATE_LIMIT_RPS", "TZ", "JAVA_OPTS",
  "GOMAXPROCS", "NODE_OPTIONS", "METRICS_PORT", "QUEUE_NAME", "RETRY_BACKOFF_MS", "TRACE_SAMPLE_RATE",
];
const MODELS = [
  { id: "meta-llama/Llama-3.1-8B-Instruct", short: "llama8b", max: 131072, big: false },
  { id: "meta-llama/Llama-3.1-70B-Instruct", short: "llama70b", max: 131072, big: true },
  { id: "mistralai/Mixtral-8x7B-Instruct-v0.1", short: "mixtral", max: 32768, big: true },
  { id: "Qwen/Qwen2.5-7B-Instruct", short: "qwen7b", max: 32768, big: false },
  { id: "google/gemma-2-9b-it", short: "gemma9b", max: 8192, big: false },
];
const GPUS = ["H100-SXM", "A100-80GB", "L4", "L40S", "A10G"];
const PRECISIONS = ["int8", "fp8", "bf16"];
const CONTEXTS = [4096, 8192, 16384, 32768];

// ---------------------------------------------------------------------------------------------
// Generators: each returns the text of one file, grown with realistic entries to about `target`
// bytes.

function grow(lines, target, more) {
  let size = lines.reduce((n, l) => n + l.length + 1, 0);
  for (let i = 0; size < target && i < 400; i++) {
    const added = more(i);
    for (const l of added) size += l.length + 1;
    lines.push(...added);
  }
  return lines.join("\n") + "\n";
}

function labels(indent, app, team, env) {
  const p = " ".repeat(indent);
  const out = [
    `${p}app.kubernetes.io/name: ${app}`,
    `${p}app.kubernetes.io/part-of: ${team}`,
    `${p}app.kubernetes.io/managed-by: kustomize`,
  ];
  if (env) out.push(`${p}environment: ${env}`);
  if (chance(0.5)) out.push(`${p}team: ${team}`);
  return out;
}

function envVar(i, indent) {
  const p = " ".repeat(indent);
  const name = `${pick(ENV_WORDS)}${i > 10 ? `_${i}` : ""}`;
  const r = random();
  if (r < 0.15) {
    return [`${p}- name: ${name}`, `${p}  valueFrom:`, `${p}    secretKeyRef:`, `${p}      name: ${pick(NOUNS)}-secrets`, `${p}      key: ${name.toLowerCase().replace(/_/g, "-")}`];
  }
  if (r < 0.22) {
    return [`${p}- name: POD_${pick(["NAME", "NAMESPACE", "IP"])}_${i}`, `${p}  valueFrom:`, `${p}    fieldRef:`, `${p}      fieldPath: metadata.name`];
  }
  const value = pick([`"${int(1, 5000)}"`, `"true"`, "info", `"https://${pick(NOUNS)}.internal:${int(3000, 9999)}"`, `"${hex(12)}"`, `"${pick(REGIONS)}"`]);
  return [`${p}- name: ${name}`, `${p}  value: ${value}`];
}

function k8sDeployment(c) {
  const lines = [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    `  name: ${c.app}`,
    `  namespace: ${c.team}`,
    "  labels:",
    ...labels(4, c.app, c.team, c.env),
    "  annotations:",
    `    reloader.stakater.com/auto: "true"`,
    "spec:",
    `  replicas: ${int(1, 6)}`,
    `  revisionHistoryLimit: ${int(3, 10)}`,
    "  selector:",
    "    matchLabels:",
    `      app.kubernetes.io/name: ${c.app}`,
    "  strategy:",
    "    type: RollingUpdate",
    "    rollingUpdate:",
    "      maxSurge: 25%",
    "      maxUnavailable: 0",
    "  template:",
    "    metadata:",
    "      labels:",
    ...labels(8, c.app, c.team, c.env),
    "      annotations:",
    `        prometheus.io/scrape: "true"`,
    `        prometheus.io/port: "${int(8000, 9100)}"`,
    "    spec:",
    `      serviceAccountName: ${c.app}`,
    "      securityContext:",
    "        runAsNonRoot: true",
    `        runAsUser: ${int(1000, 65000)}`,
    "      containers:",
    `        - name: ${c.app}`,
    `          image: registry.example.com/${c.team}/${c.app}:${int(1, 9)}.${int(0, 40)}.${int(0, 20)}`,
    "          imagePullPolicy: IfNotPresent",
    "          ports:",
    "            - name: http",
    `              containerPort: ${pick([8080, 8000, 3000, 9000])}`,
    "              protocol: TCP",
    "          resources:",
    "            requests:",
    `              cpu: ${pick(["50m", "100m", "250m", "500m", "1"])}`,
    `              memory: ${pick(["128Mi", "256Mi", "512Mi", "1Gi", "2Gi"])}`,
    "            limits:",
    `              memory: ${pick(["256Mi", "512Mi", "1Gi", "2Gi", "4Gi"])}`,
    "          readinessProbe:",
    "            httpGet:",
    "              path: /healthz",
    "              port: http",
    `            periodSeconds: ${int(5, 15)}`,
    "          livenessProbe:",
    "            httpGet:",
    "              path: /livez",
    "              port: http",
    `            initialDelaySeconds: ${int(5, 30)}`,
    "          volumeMounts:",
    "            - name: config",
    "              mountPath: /etc/app",
    "              readOnly: true",
    "          env:",
  ];
  const tail = ["      volumes:", "        - name: config", "          configMap:", `            name: ${c.app}-config`];
  const body = grow(lines, c.target - 120, (i) => envVar(i, 12));
  return body + tail.join("\n") + "\n";
}

function k8sService(c) {
  const lines = [
    "apiVersion: v1",
    "kind: Service",
    "metadata:",
    `  name: ${c.app}`,
    `  namespace: ${c.team}`,
    "  labels:",
    ...labels(4, c.app, c.team, c.env),
    "spec:",
    `  type: ${pick(["ClusterIP", "ClusterIP", "ClusterIP", "NodePort"])}`,
    "  selector:",
    `    app.kubernetes.io/name: ${c.app}`,
    "  ports:",
  ];
  return grow(lines, c.target, (i) => [
    `    - name: ${i === 0 ? "http" : `${pick(["grpc", "metrics", "admin", "debug"])}-${i}`}`,
    `      port: ${i === 0 ? 80 : int(8000, 9999)}`,
    `      targetPort: ${i === 0 ? "http" : int(8000, 9999)}`,
    "      protocol: TCP",
  ]);
}

function k8sConfigMap(c) {
  const lines = [
    "apiVersion: v1",
    "kind: ConfigMap",
    "metadata:",
    `  name: ${c.app}-config`,
    `  namespace: ${c.team}`,
    "  labels:",
    ...labels(4, c.app, c.team, c.env),
    "data:",
  ];
  if (chance(0.5)) {
    lines.push("  application.yaml: |");
    lines.push("    server:", `      port: ${int(8000, 9000)}`, "    logging:", `      level: ${pick(["INFO", "DEBUG", "WARN"])}`);
    return grow(lines, c.target, (i) => [`    ${pick(NOUNS)}${i}:`, `      enabled: ${chance(0.5)}`, `      timeout: ${int(1, 60)}s`]);
  }
  return grow(lines, c.target, (i) => [`  ${pick(ENV_WORDS)}_${i}: "${pick([int(1, 99999), hex(16), pick(REGIONS), "enabled"])}"`]);
}

function k8sIngress(c) {
  const host = `${c.app}.${c.env ?? "prod"}.example.com`;
  const lines = [
    "apiVersion: networking.k8s.io/v1",
    "kind: Ingress",
    "metadata:",
    `  name: ${c.app}`,
    `  namespace: ${c.team}`,
    "  annotations:",
    "    cert-manager.io/cluster-issuer: letsencrypt",
    `    nginx.ingress.kubernetes.io/proxy-body-size: ${int(1, 64)}m`,
    `    nginx.ingress.kubernetes.io/proxy-read-timeout: "${int(30, 600)}"`,
    "spec:",
    "  ingressClassName: nginx",
    "  tls:",
    "    - hosts:",
    `        - ${host}`,
    `      secretName: ${c.app}-tls`,
    "  rules:",
    `    - host: ${host}`,
    "      http:",
    "        paths:",
  ];
  return grow(lines, c.target, (i) => [
    `          - path: /${i === 0 ? "" : `${pick(NOUNS)}/v${int(1, 3)}`}`,
    "            pathType: Prefix",
    "            backend:",
    "              service:",
    `                name: ${c.app}`,
    "                port:",
    "                  name: http",
  ]);
}

function k8sHpa(c) {
  const lines = [
    "apiVersion: autoscaling/v2",
    "kind: HorizontalPodAutoscaler",
    "metadata:",
    `  name: ${c.app}`,
    `  namespace: ${c.team}`,
    "spec:",
    "  scaleTargetRef:",
    "    apiVersion: apps/v1",
    "    kind: Deployment",
    `    name: ${c.app}`,
    `  minReplicas: ${int(1, 3)}`,
    `  maxReplicas: ${int(4, 40)}`,
    "  behavior:",
    "    scaleDown:",
    `      stabilizationWindowSeconds: ${int(60, 600)}`,
    "  metrics:",
  ];
  return grow(lines, c.target, (i) =>
    i % 2 === 0
      ? ["    - type: Resource", "      resource:", `        name: ${pick(["cpu", "memory"])}`, "        target:", "          type: Utilization", `          averageUtilization: ${int(50, 90)}`]
      : ["    - type: Pods", "      pods:", "        metric:", `          name: ${pick(["http_requests_per_second", "queue_depth", "inflight_requests"])}`, "        target:", "          type: AverageValue", `          averageValue: "${int(10, 500)}"`],
  );
}

function kustomization(c) {
  const lines = [
    "apiVersion: kustomize.config.k8s.io/v1beta1",
    "kind: Kustomization",
    `namespace: ${c.team}`,
    "commonLabels:",
    `  app.kubernetes.io/part-of: ${c.team}`,
  ];
  if (c.env) lines.push("resources:", "  - ../../base", "patches:");
  else lines.push("resources:");
  const files = ["deployment.yaml", "service.yaml", "configmap.yaml", "hpa.yaml", "ingress.yaml", "cronjob.yaml", "rbac.yaml", "pdb.yaml"];
  return grow(lines, c.target, (i) =>
    c.env
      ? ["  - target:", `      kind: ${pick(["Deployment", "HorizontalPodAutoscaler", "ConfigMap"])}`, `      name: ${c.app}`, `    path: patch-${pick(NOUNS)}-${i}.yaml`]
      : [`  - ${files[i % files.length].replace(".yaml", i >= files.length ? `-${i}.yaml` : ".yaml")}`],
  );
}

function helmValues(c) {
  const lines = [
    `# Default values for ${c.app}.`,
    "# This is a YAML-formatted file.",
    "",
    `replicaCount: ${int(1, 5)}`,
    "",
    "image:",
    `  repository: registry.example.com/${c.team}/${c.app}`,
    "  pullPolicy: IfNotPresent",
    `  # -- Overrides the image tag whose default is the chart appVersion.`,
    `  tag: "${int(1, 9)}.${int(0, 30)}.${int(0, 9)}"`,
    "",
    "serviceAccount:",
    "  create: true",
    "  annotations: {}",
    "",
    "podAnnotations: {}",
    "",
    "service:",
    "  type: ClusterIP",
    "  port: 80",
    "",
    "ingress:",
    `  enabled: ${chance(0.5)}`,
    "  className: nginx",
    "  hosts:",
    `    - host: ${c.app}.example.com`,
    "      paths:",
    "        - path: /",
    "          pathType: ImplementationSpecific",
    "",
    "resources:",
    "  limits:",
    `    cpu: ${pick(["500m", "1", "2"])}`,
    `    memory: ${pick(["512Mi", "1Gi", "2Gi"])}`,
    "",
    "autoscaling:",
    `  enabled: ${chance(0.5)}`,
    `  minReplicas: ${int(1, 3)}`,
    `  maxReplicas: ${int(4, 20)}`,
    "  targetCPUUtilizationPercentage: 80",
    "",
    "nodeSelector: {}",
    "",
    "tolerations: []",
    "",
    "config:",
  ];
  return grow(lines, c.target, (i) => [
    `  # -- ${pick(["Enables", "Configures", "Tunes"])} the ${pick(NOUNS)} integration`,
    `  ${pick(NOUNS)}${i}:`,
    `    enabled: ${chance(0.5)}`,
    `    endpoint: "https://${pick(NOUNS)}.${pick(REGIONS)}.example.com"`,
    `    retries: ${int(0, 5)}`,
  ]);
}

function cronJob(c) {
  const lines = [
    "apiVersion: batch/v1",
    "kind: CronJob",
    "metadata:",
    `  name: ${c.app}-${pick(["cleanup", "report", "sync", "backup", "reindex"])}`,
    `  namespace: ${c.team}`,
    "spec:",
    `  schedule: "${int(0, 59)} ${int(0, 23)} * * ${pick(["*", "1-5", "0"])}"`,
    "  concurrencyPolicy: Forbid",
    "  successfulJobsHistoryLimit: 3",
    "  failedJobsHistoryLimit: 1",
    "  jobTemplate:",
    "    spec:",
    `      backoffLimit: ${int(0, 6)}`,
    "      template:",
    "        spec:",
    "          restartPolicy: OnFailure",
    "          containers:",
    `            - name: ${c.app}`,
    `              image: registry.example.com/${c.team}/${c.app}:${int(1, 9)}.${int(0, 40)}.0`,
    "              args:",
    `                - --mode=${pick(["full", "incremental"])}`,
    "              env:",
  ];
  return grow(lines, c.target, (i) => envVar(i, 16));
}

function multiDocRbac(c) {
  const docs = [
    ["apiVersion: v1", "kind: ServiceAccount", "metadata:", `  name: ${c.app}`, `  namespace: ${c.team}`].join("\n"),
    [
      "apiVersion: rbac.authorization.k8s.io/v1",
      "kind: RoleBinding",
      "metadata:",
      `  name: ${c.app}`,
      `  namespace: ${c.team}`,
      "roleRef:",
      "  apiGroup: rbac.authorization.k8s.io",
      "  kind: Role",
      `  name: ${c.app}`,
      "subjects:",
      "  - kind: ServiceAccount",
      `    name: ${c.app}`,
    ].join("\n"),
  ];
  const role = ["---", "apiVersion: rbac.authorization.k8s.io/v1", "kind: Role", "metadata:", `  name: ${c.app}`, `  namespace: ${c.team}`, "rules:"];
  const roleText = grow(role, c.target - 600, () => [
    `  - apiGroups: ["${pick(["", "apps", "batch", "networking.k8s.io"])}"]`,
    `    resources: ["${pick(["configmaps", "secrets", "pods", "jobs", "leases"])}"]`,
    `    verbs: ["get", "list", "watch"${chance(0.3) ? ', "update"' : ""}]`,
  ]);
  return `${docs.join("\n---\n")}\n${roleText}`;
}

function pdb(c) {
  return [
    "apiVersion: policy/v1",
    "kind: PodDisruptionBudget",
    "metadata:",
    `  name: ${c.app}`,
    `  namespace: ${c.team}`,
    "  labels:",
    ...labels(4, c.app, c.team, c.env),
    "  annotations:",
    `    owner: ${c.team}@example.com`,
    `    runbook: https://runbooks.example.com/${c.team}/${c.app}#disruptions`,
    "spec:",
    `  ${chance(0.5) ? `minAvailable: ${int(1, 2)}` : "maxUnavailable: 1"}`,
    "  selector:",
    "    matchLabels:",
    `      app.kubernetes.io/name: ${c.app}`,
    "",
  ].join("\n");
}

function patch(c) {
  const lines = [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    `  name: ${c.app}`,
    "spec:",
    `  replicas: ${int(1, 12)}`,
    "  template:",
    "    spec:",
    "      containers:",
    `        - name: ${c.app}`,
    "          env:",
  ];
  return grow(lines, c.target, (i) => envVar(i, 12));
}

function namespaces(c) {
  const docs = [];
  let size = 0;
  for (let i = 0; size < c.target - 150 && i < 60; i++) {
    const team = TEAMS[i % TEAMS.length];
    const doc = ["apiVersion: v1", "kind: Namespace", "metadata:", `  name: ${team}${i >= TEAMS.length ? `-${i}` : ""}`, "  labels:", `    environment: ${c.env}`, `    istio-injection: ${chance(0.5) ? "enabled" : "disabled"}`].join("\n");
    size += doc.length + 4;
    docs.push(doc);
  }
  return `${docs.join("\n---\n")}\n`;
}

function networkPolicies(c) {
  const docs = [];
  let size = 0;
  for (let i = 0; size < c.target - 350 && i < 40; i++) {
    const doc = [
      "apiVersion: networking.k8s.io/v1",
      "kind: NetworkPolicy",
      "metadata:",
      `  name: allow-${pick(NOUNS)}-${i}`,
      `  namespace: ${pick(TEAMS)}`,
      "spec:",
      "  podSelector: {}",
      "  policyTypes: [Ingress]",
      "  ingress:",
      "    - from:",
      "        - namespaceSelector:",
      "            matchLabels:",
      `              kubernetes.io/metadata.name: ${pick(TEAMS)}`,
    ].join("\n");
    size += doc.length + 4;
    docs.push(doc);
  }
  return `---\n${docs.join("\n---\n")}\n`;
}

function helmRelease(c) {
  const lines = [
    "apiVersion: helm.toolkit.fluxcd.io/v2",
    "kind: HelmRelease",
    "metadata:",
    `  name: ${c.app}`,
    `  namespace: ${c.app}`,
    "spec:",
    "  interval: 30m",
    "  chart:",
    "    spec:",
    `      chart: ${c.app}`,
    `      version: "${int(1, 60)}.${int(0, 20)}.x"`,
    "      sourceRef:",
    "        kind: HelmRepository",
    `        name: ${c.app}`,
    "        namespace: flux-system",
    "  install:",
    "    remediation:",
    "      retries: 3",
    "  values:",
  ];
  return grow(lines, c.target, (i) => [
    `    ${pick(NOUNS)}${i}:`,
    `      enabled: ${chance(0.7)}`,
    `      replicas: ${int(1, 3)}`,
    "      resources:",
    `        requests: { cpu: ${pick(["50m", "100m", "200m"])}, memory: ${pick(["64Mi", "128Mi", "256Mi"])} }`,
  ]);
}

function clusterKustomization(c) {
  const lines = ["apiVersion: kustomize.config.k8s.io/v1beta1", "kind: Kustomization", "resources:"];
  return grow(lines, c.target, (i) => [`  - ${i < INFRA.length ? `infrastructure/${INFRA[i]}` : `../../../apps/${pick(TEAMS)}/${pick(NOUNS)}-${pick(SUFFIXES)}/overlays/${c.env}`}`]);
}

function workflow(c) {
  const lines = [
    `name: ${c.app}`,
    "on:",
    "  push:",
    "    branches: [main]",
    "  pull_request:",
    "jobs:",
  ];
  return grow(lines, c.target, (i) => [
    `  ${pick(["build", "test", "lint", "deploy", "scan"])}-${i}:`,
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - uses: actions/checkout@v4",
    `      - run: make ${pick(["test", "build", "lint", "image"])} SERVICE=${pick(NOUNS)}`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// The native deployment documents

const usedNames = new Set();

function inferenceDeployment(team, service) {
  const model = pick(MODELS);
  const gpu = pick(GPUS);
  const count = pick(model.big ? [2, 4, 8, 8] : [1, 1, 2, 4]);
  const contexts = CONTEXTS.filter((n) => n <= model.max);
  const base = `${service}-${model.short}`.slice(0, 50).replace(/-+$/, "");
  let name = base;
  for (let i = 2; usedNames.has(name); i++) name = `${base}-${i}`;
  usedNames.add(name);
  const lines = [];
  if (chance(0.4)) lines.push("# yaml-language-server: $schema=https://llm-physics.dev/schemas/inference-deployment.schema.json");
  if (chance(0.5)) lines.push(`# ${model.id} for ${team}/${service}, owned by ${team}@example.com`);
  lines.push(
    "apiVersion: llm-physics/v1",
    "kind: InferenceDeployment",
    "metadata:",
    `  name: ${name}`,
    "  labels:",
    `    team: ${team}`,
    `    environment: ${pick(ENVS)}`,
    "spec:",
    `  model: ${model.id}`,
    `  precision: ${pick(PRECISIONS)}`,
    "  hardware:",
    `    gpu: ${gpu}`,
    `    count: ${count}`,
  );
  if (count > 1 && chance(0.4)) lines.push("  parallelism:", `    tensor: ${count}`, "    pipeline: 1");
  lines.push("  serving:", `    contextLength: ${pick(contexts)}`, `    concurrency: ${int(1, 16)}`);
  if (chance(0.3)) lines.push(`    targetTokensPerSecond: ${pick([15, 20, 30, 50])}`);
  if (chance(0.2)) lines.push("    memoryFraction: 0.9");
  const text = lines.join("\n") + "\n";
  // One in four sits next to the Kubernetes objects that expose it, in a multi-document file.
  if (chance(0.25)) return `${text}---\n${k8sService({ app: name, team, env: null, target: 500 })}`;
  return text;
}

// ---------------------------------------------------------------------------------------------
// The LLM files: native manifests and whole copies of the format fixtures

/** Every file of a fixture folder, relative to it. */
function filesOf(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesOf(path, base) : [relative(base, path)];
  });
}

/**
 * Each fixture folder with its files and the deployments `check` finds in it alone, counted once
 * per bench by the CLI itself: a copy of the folder must give as many.
 */
function fixtureUnits() {
  return FORMAT_DIRS.map((name) => {
    const dir = join(FIXTURES, name);
    const r = spawnSync(process.execPath, [CLI, "check", dir, "--format", "json", "--fail-on", "never", "--offline"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, HF_HUB_OFFLINE: "1" } });
    let deployments;
    try {
      deployments = JSON.parse(r.stdout).summary.deployments;
    } catch {
      fail(`check on ${relative(ROOT, dir)} printed no JSON report (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
    }
    return { name, dir, files: filesOf(dir), deployments };
  });
}

/**
 * The repository layout: `total` files of which about `density` percent are LLM files, as units
 * (one native manifest, or one fixture folder) taken in turn so that every format is there.
 */
function planRepository(total, density, units) {
  const llmTarget = Math.max(1, Math.round((total * density) / 100));
  const llm = []; // { unit?: fixture unit, native?: true }
  let llmFiles = 0;
  for (let i = 0; llmFiles < llmTarget; i++) {
    // Every other unit a native manifest, the rest the fixture folders in turn.
    const unit = i % 2 === 0 ? null : units[Math.floor(i / 2) % units.length];
    const size = unit ? unit.files.length : 1;
    if (unit && llmFiles + size > llmTarget && llmTarget - llmFiles < size) {
      llm.push({ native: true });
      llmFiles += 1;
      continue;
    }
    llm.push(unit ? { unit } : { native: true });
    llmFiles += size;
  }
  const plain = total - llmFiles;
  const files = new Map(); // path -> () => text | { copy: absolute path }
  const serviceDirs = [];
  const add = (path, make) => {
    if (files.size < plain && !files.has(path)) files.set(path, make);
  };

  // Clusters: ~12% of the files.
  const clusterShare = Math.round(plain * 0.12);
  outer: for (let round = 0; ; round++) {
    for (const env of ENVS) {
      for (const region of REGIONS) {
        if (files.size >= clusterShare) break outer;
        const dir = round === 0 ? `clusters/${env}/${region}` : `clusters/${env}/${region}-${round}`;
        const c = { env, team: "platform", app: "cluster" };
        add(`${dir}/kustomization.yaml`, () => clusterKustomization({ ...c, target: sizeTarget(500, 2500) }));
        add(`${dir}/namespaces.yaml`, () => namespaces({ ...c, target: sizeTarget(800, 5000) }));
        add(`${dir}/network-policies.yaml`, () => networkPolicies({ ...c, target: sizeTarget(800, 5000) }));
        for (const infra of INFRA) {
          const ic = { env, team: infra, app: infra };
          add(`${dir}/infrastructure/${infra}/helmrelease.yaml`, () => helmRelease({ ...ic, target: sizeTarget() }));
          add(`${dir}/infrastructure/${infra}/kustomization.yaml`, () => kustomization({ ...ic, env: null, target: sizeTarget(500, 1200) }));
          if (chance(0.5)) add(`${dir}/infrastructure/${infra}/values.yaml`, () => helmValues({ ...ic, target: sizeTarget() }));
        }
      }
    }
  }

  // Applications: apps/<team>/<service>/{base,overlays/<env>,chart}/…
  for (let n = 0; files.size < plain; n++) {
    const team = TEAMS[n % TEAMS.length];
    const service = `${NOUNS[Math.floor(n / TEAMS.length) % NOUNS.length]}-${SUFFIXES[Math.floor(n / (TEAMS.length * NOUNS.length)) % SUFFIXES.length]}${n >= TEAMS.length * NOUNS.length * SUFFIXES.length ? `-${n}` : ""}`;
    const dir = `apps/${team}/${service}`;
    const c = { team, app: service, env: null };
    serviceDirs.push({ dir, team, service });
    add(`${dir}/base/kustomization.yaml`, () => kustomization({ ...c, target: sizeTarget(500, 1500) }));
    add(`${dir}/base/deployment.yaml`, () => k8sDeployment({ ...c, target: sizeTarget(1800, 5000) }));
    add(`${dir}/base/service.yaml`, () => k8sService({ ...c, target: sizeTarget(500, 1200) }));
    if (chance(0.8)) add(`${dir}/base/configmap.yaml`, () => k8sConfigMap({ ...c, target: sizeTarget() }));
    if (chance(0.5)) add(`${dir}/base/ingress.yaml`, () => k8sIngress({ ...c, target: sizeTarget(700, 3000) }));
    if (chance(0.6)) add(`${dir}/base/hpa.yaml`, () => k8sHpa({ ...c, target: sizeTarget(600, 2000) }));
    if (chance(0.3)) add(`${dir}/base/cronjob.yaml`, () => cronJob({ ...c, target: sizeTarget(900, 3500) }));
    if (chance(0.5)) add(`${dir}/base/rbac.yaml`, () => multiDocRbac({ ...c, target: sizeTarget(900, 3000) }));
    if (chance(0.4)) add(`${dir}/base/pdb.yaml`, () => pdb({ ...c }));
    for (const env of ENVS) {
      if (env === "dev" && chance(0.4)) continue;
      const ec = { ...c, env };
      add(`${dir}/overlays/${env}/kustomization.yaml`, () => kustomization({ ...ec, target: sizeTarget(500, 1500) }));
      add(`${dir}/overlays/${env}/patch-deployment.yaml`, () => patch({ ...ec, target: sizeTarget(500, 2500) }));
      if (chance(0.4)) add(`${dir}/overlays/${env}/configmap.yaml`, () => k8sConfigMap({ ...ec, target: sizeTarget(500, 3000) }));
    }
    if (chance(0.3)) {
      add(`${dir}/chart/values.yaml`, () => helmValues({ ...c, target: sizeTarget(1500, 5000) }));
      add(`${dir}/chart/values-prod.yaml`, () => helmValues({ ...c, env: "prod", target: sizeTarget(500, 2000) }));
    }
    if (chance(0.1)) add(`${dir}/.github/workflows/ci.yml`, () => workflow({ ...c, target: sizeTarget(500, 2000) }));
  }

  // The LLM units, spread over the services: a native manifest in base/, an overlay or llm/; a
  // fixture folder whole, in llm/<format>-<k>/.
  let deployments = 0;
  const formats = new Map();
  llm.forEach((entry, k) => {
    const { dir, team, service } = pick(serviceDirs);
    if (entry.native) {
      const where = pick(["base", "overlays/prod", "overlays/staging", "llm"]);
      let path = `${dir}/${where}/inference.yaml`;
      for (let i = 2; files.has(path); i++) path = `${dir}/${where}/inference-${i}.yaml`;
      files.set(path, () => inferenceDeployment(team, service));
      deployments += 1;
      formats.set("native", (formats.get("native") ?? 0) + 1);
    } else {
      for (const file of entry.unit.files) files.set(`${dir}/llm/${entry.unit.name}-${k}/${file}`, { copy: join(entry.unit.dir, file) });
      deployments += entry.unit.deployments;
      formats.set(entry.unit.name, (formats.get(entry.unit.name) ?? 0) + entry.unit.files.length);
    }
  });
  return { files, deployments, llmFiles, formats };
}

function generate(repo, total, density, units) {
  random = mulberry32(SEED + total + density * 7919);
  usedNames.clear();
  const plan = planRepository(total, density, units);
  const dirs = new Set();
  let bytes = 0;
  for (const [path, make] of plan.files) {
    const full = join(repo, path);
    const dir = dirname(full);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    if (typeof make === "function") {
      const text = make();
      writeFileSync(full, text);
      bytes += Buffer.byteLength(text);
    } else {
      copyFileSync(make.copy, full);
      bytes += readFileSync(make.copy).length;
    }
  }
  // What a real repository also holds: node_modules and .git are never read by either side.
  mkdirSync(join(repo, "node_modules", "some-lib"), { recursive: true });
  writeFileSync(join(repo, "node_modules", "some-lib", "config.yaml"), "a: 1\n");
  return { files: plan.files.size, bytes, dirs: dirs.size, deployments: plan.deployments, llmFiles: plan.llmFiles, formats: plan.formats };
}

// ---------------------------------------------------------------------------------------------
// Child processes

/**
 * Runs the target module with the given argv; at exit writes its peak RSS (KiB), CPU time
 * (microseconds, user and system) and garbage-collection time (ms) and count to the file named first.
 */
const WRAPPER = `import { writeFileSync } from "node:fs";
import { PerformanceObserver } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
const [out, target, ...args] = process.argv.slice(2);
let gcMs = 0;
let gcs = 0;
const count = (list) => { for (const e of list.getEntries()) { gcMs += e.duration; gcs++; } };
const observer = new PerformanceObserver(count);
observer.observe({ entryTypes: ["gc"] });
process.on("exit", () => {
  count({ getEntries: () => observer.takeRecords() });
  const u = process.resourceUsage();
  writeFileSync(out, JSON.stringify({ maxRSS: u.maxRSS, userCPUTime: u.userCPUTime, systemCPUTime: u.systemCPUTime, gcMs, gcs }));
});
process.argv = [process.argv[0], target, ...args];
await import(pathToFileURL(target).href);
`;

function floorScript(parse) {
  const require = createRequire(join(ROOT, "package.json"));
  const yamlUrl = pathToFileURL(require.resolve("yaml")).href;
  const globUrl = pathToFileURL(require.resolve("tinyglobby")).href;
  return `// The ${parse ? "parse floor: what a naive YAML linter costs. Find, read and parse every file" : "I/O floor: what any scanner that looks at every byte pays. Find and read every file"}; nothing else.
import { readFileSync } from "node:fs";
${parse ? `import { parseAllDocuments } from ${JSON.stringify(yamlUrl)};\n` : ""}import { globSync } from ${JSON.stringify(globUrl)};
const root = process.argv[2];
const files = globSync(["**/*.yaml", "**/*.yml"], {
  cwd: root,
  ignore: ["**/node_modules/**", "**/.git/**", "**/dist/**"],
  absolute: true,
  dot: true,
  onlyFiles: true,
  followSymbolicLinks: true,
  expandDirectories: false,
});
let bytes = 0;
let documents = 0;
for (const file of files) {
${parse ? `  const text = readFileSync(file, "utf8");
  bytes += text.length;
  const parsed = parseAllDocuments(text);
  documents += Array.isArray(parsed) ? parsed.length : 0;` : `  bytes += readFileSync(file).length;`}
}
process.stdout.write(JSON.stringify({ files: files.length, bytes, documents }) + "\\n");
`;
}

function run(name, wrapper, target, args, cwd, usageFile) {
  return new Promise((resolvePromise, reject) => {
    rmSync(usageFile, { force: true });
    const started = process.hrtime.bigint();
    const child = spawn(NODE, [wrapper, usageFile, target, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, HF_HUB_OFFLINE: "1" } });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      if (code !== 0) {
        reject(new Error(`${name} exited with ${signal ?? code}\n${stderr.slice(0, 4000)}`));
        return;
      }
      let usage = {};
      try {
        usage = JSON.parse(readFileSync(usageFile, "utf8"));
      } catch {
        // reported as unknown below
      }
      resolvePromise({
        seconds,
        stdout,
        stderr,
        maxRssKiB: usage.maxRSS ?? NaN,
        cpuSeconds: ((usage.userCPUTime ?? NaN) + (usage.systemCPUTime ?? NaN)) / 1e6,
        gcSeconds: (usage.gcMs ?? NaN) / 1e3,
        gcs: usage.gcs ?? NaN,
      });
    });
  });
}

/** Wall time of one process spawned directly, as a shell runs it, in ms. */
function timeStart(args, cwd) {
  const started = process.hrtime.bigint();
  const r = spawnSync(NODE, args, { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, HF_HUB_OFFLINE: "1" } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited with ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  return ms;
}

// ---------------------------------------------------------------------------------------------
// Report helpers

const median = (values) => {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const thousands = (n) => n.toLocaleString("en-US");
/** MB = 10^6 bytes, as everywhere in llm-physics; maxRSS is in KiB. */
const mb = (kib) => (kib * 1024) / 1e6;
const sizeName = (n) => (n % 1000 === 0 ? `${n / 1000}k` : thousands(n));
const missed = (ok) => (ok ? "" : "   MISSED");
const fixed = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

// ---------------------------------------------------------------------------------------------
// Main

/** One repository: generated, measured (alternating), removed. */
async function measureRepository(work, wrapper, scripts, total, density, units) {
  const repo = join(work, `repo-${sizeName(total)}-${density}pct`);
  mkdirSync(repo);
  const started = process.hrtime.bigint();
  const generated = generate(repo, total, density, units);
  const genSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const label = `${sizeName(total)} files, ${density}%`;
  process.stderr.write(
    `bench: ${label}: generated ${thousands(generated.files)} files (${(generated.bytes / 1e6).toFixed(1)} MB, ${thousands(generated.llmFiles)} LLM files, ${thousands(generated.dirs)} folders) in ${genSeconds.toFixed(1)} s\n`,
  );
  const withParse = total === FILES || PARSE_LARGE;
  const sides = ["io", "check", ...(withParse ? ["parse"] : [])];
  const results = Object.fromEntries(sides.map((s) => [s, []]));
  let report;
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so that none always runs on a cooler or warmer machine.
    const order = sides.map((_, k) => sides[(k + i) % sides.length]);
    for (const side of order) {
      let r;
      if (side === "check") {
        r = await run("check", wrapper, CLI, ["check", repo, "--format", "json", "--fail-on", "never"], repo, join(work, "check.usage"));
        try {
          report = JSON.parse(r.stdout);
        } catch (error) {
          throw new Error(`check did not print a JSON report (${error.message}); stderr:\n${r.stderr.slice(0, 2000)}`);
        }
        const found = report?.summary?.deployments;
        if (found !== generated.deployments) {
          throw new Error(`${label}: check found ${found} deployments, but the repository holds ${generated.deployments}; the bench measured the wrong thing`);
        }
      } else {
        r = await run(side, wrapper, scripts[side], [repo], work, join(work, `${side}.usage`));
        const floor = JSON.parse(r.stdout);
        if (floor.files !== generated.files) throw new Error(`${label}: the ${side} floor found ${floor.files} files, but ${generated.files} were generated`);
      }
      results[side].push(r);
      process.stderr.write(`bench: ${label}: run ${i + 1}/${RUNS} ${side.padEnd(5)} ${r.seconds.toFixed(2)} s (CPU ${fixed(r.cpuSeconds)} s, GC ${fixed(r.gcSeconds)} s), ${mb(r.maxRssKiB).toFixed(0)} MB\n`);
    }
  }
  if (!KEEP) rmSync(repo, { recursive: true, force: true });
  const summary = (side) => {
    const rs = results[side] ?? [];
    return {
      wall: median(rs.map((r) => r.seconds)),
      cpu: median(rs.map((r) => r.cpuSeconds)),
      gc: median(rs.map((r) => r.gcSeconds)),
      gcs: median(rs.map((r) => r.gcs)),
      rssMb: mb(Math.max(...rs.map((r) => r.maxRssKiB))),
      walls: rs.map((r) => r.seconds),
    };
  };
  return { total, density, label, generated, io: summary("io"), check: summary("check"), parse: withParse ? summary("parse") : undefined, summary: report.summary };
}

/**
 * The YAML floor of start-up: an ES module, bundled as dist/ is (esbuild, ESM, the same
 * createRequire banner), that loads the YAML library, reads the manifest and parses it, with the
 * plain data and the source ranges `check` needs. No linter built on this library starts faster.
 */
async function yamlFloorScript(dir) {
  const require = createRequire(join(ROOT, "package.json"));
  const source = join(dir, "yaml-floor.source.mjs");
  const out = join(dir, "yaml-floor.mjs");
  writeFileSync(
    source,
    `import { readFileSync } from "node:fs";
import { LineCounter, parseAllDocuments } from ${JSON.stringify(require.resolve("yaml"))};
const lineCounter = new LineCounter();
const docs = parseAllDocuments(readFileSync(process.argv[2], "utf8"), { lineCounter });
const values = docs.map((doc) => doc.toJS());
process.stdout.write(JSON.stringify({ documents: values.length, firstLine: lineCounter.linePos(docs[0]?.range[0] ?? 0).line }) + "\\n");
`,
  );
  const { build } = await import("esbuild");
  await build({
    entryPoints: [source],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    banner: { js: ESM_REQUIRE_BANNER },
  });
  return out;
}

async function measureStarts(work) {
  const dir = join(work, "one");
  mkdirSync(dir);
  copyFileSync(join(ROOT, "examples", "chat-8b-l4.yaml"), join(dir, "chat.yaml"));
  const sides = {
    node: ["-e", "0"],
    yaml: [await yamlFloorScript(dir), "chat.yaml"],
    check: [CLI, "check", "chat.yaml", "--fail-on", "never"],
    estimate: [CLI, "estimate", "--model", "meta-llama/Llama-3.1-8B-Instruct", "--gpu", "L4"],
  };
  const times = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  // One of each before timing: the files are then in the page cache for every side alike.
  for (const args of Object.values(sides)) timeStart(args, dir);
  for (let i = 0; i < STARTS; i++) {
    const names = Object.keys(sides);
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + i) % names.length];
      times[name].push(timeStart(sides[name], dir));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { median: median(v), min: Math.min(...v) }]));
}

async function main() {
  if (!existsSync(CLI)) {
    process.stderr.write("bench: dist/cli.js is missing; running npm run build\n");
    const built = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
    if (built.status !== 0 || !existsSync(CLI)) fail("npm run build failed; fix the build and run again");
  }
  const work = mkdtempSync(join(tmpdir(), "llm-physics-bench-"));
  const wrapper = join(work, "measure.mjs");
  const scripts = { io: join(work, "io-floor.mjs"), parse: join(work, "parse-floor.mjs") };
  writeFileSync(wrapper, WRAPPER);
  writeFileSync(scripts.io, floorScript(false));
  writeFileSync(scripts.parse, floorScript(true));
  let cleanup = () => {
    if (KEEP) process.stderr.write(`bench: kept ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  };
  process.on("SIGINT", () => {
    cleanup();
    cleanup = () => {};
    process.exit(130);
  });

  try {
    const started = process.hrtime.bigint();
    const units = fixtureUnits();
    const sizes = LARGE ? [FILES, FILES * 5] : [FILES];
    const repos = [];
    for (const total of sizes) for (const density of DENSITIES) repos.push(await measureRepository(work, wrapper, scripts, total, density, units));
    process.stderr.write(`bench: start-up, ${STARTS} runs of each\n`);
    const starts = await measureStarts(work);

    const small = repos.filter((r) => r.total === FILES);
    const lines = [
      `llm-physics bench on this machine (${cpuList().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${NODE_VERSION}): medians of ${RUNS} alternating runs`,
      "",
      "ratios (target)",
    ];
    for (const r of small) {
      lines.push(`  check / I/O floor, ${r.label}:`.padEnd(44) + `${fixed(r.check.wall / r.io.wall)}  (≤ ${TARGETS.ioRatio})${missed(r.check.wall / r.io.wall <= TARGETS.ioRatio)}   CPU ${fixed(r.check.cpu / r.io.cpu)}`);
    }
    for (const r of small) {
      if (r.parse) lines.push(`  check / parse floor, ${r.label}:`.padEnd(44) + `${fixed(r.check.wall / r.parse.wall, 3)}         CPU ${fixed(r.check.cpu / r.parse.cpu, 3)}`);
    }
    for (const r of small) lines.push(`  check peak memory, ${r.label}:`.padEnd(44) + `${r.check.rssMb.toFixed(0)} MB  (< ${TARGETS.rssMb} MB)${missed(r.check.rssMb < TARGETS.rssMb)}`);
    for (const density of DENSITIES) {
      const a = repos.find((r) => r.total === FILES && r.density === density);
      const b = repos.find((r) => r.total === FILES * 5 && r.density === density);
      if (!a || !b) continue;
      const growth = b.check.wall / a.check.wall;
      lines.push(`  check ${sizeName(b.total)} / ${sizeName(a.total)} files, ${density}%:`.padEnd(44) + `${fixed(growth)}  (≤ ${TARGETS.growth})${missed(growth <= TARGETS.growth)}   I/O floor ${fixed(b.io.wall / a.io.wall)}`);
    }
    const startRatio = (name) => starts[name].median / starts.node.median;
    lines.push(`  check on one manifest / node -e 0:`.padEnd(44) + `${fixed(startRatio("check"))}  (≤ ${TARGETS.start})${missed(startRatio("check") <= TARGETS.start)}   fastest ${fixed(starts.check.min / starts.node.min)}`);
    lines.push(`  estimate / node -e 0:`.padEnd(44) + `${fixed(startRatio("estimate"))}  (≤ ${TARGETS.start})${missed(startRatio("estimate") <= TARGETS.start)}   fastest ${fixed(starts.estimate.min / starts.node.min)}`);
    lines.push(`  YAML floor (load the library, parse the manifest) / node -e 0: ${fixed(startRatio("yaml"))}   fastest ${fixed(starts.yaml.min / starts.node.min)}`);
    lines.push("", "seconds (wall; CPU; GC in check)");
    for (const r of repos) {
      const parse = r.parse ? `; parse floor ${fixed(r.parse.wall)} (CPU ${fixed(r.parse.cpu)})` : "";
      lines.push(`  ${r.label}: I/O floor ${fixed(r.io.wall)} (CPU ${fixed(r.io.cpu)}); check ${fixed(r.check.wall)} (CPU ${fixed(r.check.cpu)}, GC ${fixed(r.check.gc)} in ${fixed(r.check.gcs, 0)} collections)${parse}`);
      lines.push(`    check runs ${r.check.walls.map((t) => t.toFixed(2)).join(" / ")}; peak memory check ${r.check.rssMb.toFixed(0)} MB, I/O floor ${r.io.rssMb.toFixed(0)} MB${r.parse ? `, parse floor ${r.parse.rssMb.toFixed(0)} MB` : ""}`);
      const s = r.summary;
      lines.push(`    ${thousands(r.generated.files)} files, ${(r.generated.bytes / 1e6).toFixed(1)} MB, ${thousands(r.generated.llmFiles)} LLM files; check read ${thousands(s.files)}, ${thousands(s.deployments)} deployments, ${thousands(s.errors)} errors, ${thousands(s.warnings)} warnings, ${thousands(s.notices)} notices`);
    }
    lines.push(`  start-up ms, median (fastest) of ${STARTS}: node -e 0 ${starts.node.median.toFixed(0)} (${starts.node.min.toFixed(0)}); check on one manifest ${starts.check.median.toFixed(0)} (${starts.check.min.toFixed(0)}); estimate ${starts.estimate.median.toFixed(0)} (${starts.estimate.min.toFixed(0)}); YAML floor ${starts.yaml.median.toFixed(0)} (${starts.yaml.min.toFixed(0)})`);
    const first = repos[0];
    lines.push(`  LLM files by format (${first.label}): ${[...first.generated.formats].map(([f, n]) => `${f} ${n}`).join(", ")}`);
    const busy = Math.max(...repos.map((r) => r.check.wall / r.check.cpu));
    if (busy > 1.5) lines.push(`  note: the machine was busy (wall time up to ${busy.toFixed(1)}× CPU time); the CPU ratios are the steadier figures`);
    lines.push(`  bench took ${(Number(process.hrtime.bigint() - started) / 1e9 / 60).toFixed(1)} min`);
    process.stdout.write(lines.join("\n") + "\n");
  } finally {
    cleanup();
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 1;
});
