// Manifests that leak secrets, for the tests that prove no output repeats one. Each secret sits where the
// scanner finds it and again where it does not look for secrets (a description, a label, another agent,
// a key, a name), because a value the scanner detected once must be redacted everywhere it appears.
// The tokens are assembled at run time so this file holds nothing a secret scanner would flag.

const j = (...parts: string[]): string => parts.join("");

export const SECRETS = {
  /** Found by its format wherever it is. */
  github: j("gh", "p_", "Q7wE9rT2yU4iO6pA8sD0fG1hJ3kL5zX7cV9b"),
  /** Found by its format: an AWS access key id. */
  aws: j("AK", "IA", "Z3X5C7V9B1N3M5Q7"),
  /** Found only because it sits under a password key; elsewhere it is an ordinary string. */
  password: "correct-Horse-battery-staple-42",
  /** Found only because it is a high-entropy value under an api_key key. */
  apiKey: "Zk4Qv9Lr2Tx7Wm1Ns8Pb3Hd6Fj0Gc5Ya",
  /** Found inside a connection string. */
  dbPassword: "Tr0ub4dor-and-3",
};

export const LEAKY_FILES: Record<string, string> = {
  "agents/leaky.agent.yaml": `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: leaky
  description: "Uses ${SECRETS.github} and ${SECRETS.password} for now"
  owner: team:platform
  labels:
    token: "${SECRETS.github}"
    ${SECRETS.aws}: a secret as a key
    note: "the api key is ${SECRETS.apiKey}"
    db: "password ${SECRETS.dbPassword} again"
credentials:
  - name: github
    type: static-token
    secret_ref: "${SECRETS.github}"
  - name: admin
    type: password
    password: "${SECRETS.password}"
  - name: vendor
    type: api-key
    api_key: "${SECRETS.apiKey}"
  - name: db
    type: password
    secret_ref: "postgres://app:${SECRETS.dbPassword}@db.internal:5432/app"
permissions:
  - resource: "https://api.example.com/${SECRETS.apiKey}"
    actions: [read]
    category: external-api
    justification: "Reads with ${SECRETS.password}"
approvals:
  - name: "${SECRETS.password}"
    approvers: [group:ops]
`,
  // Another agent repeats the secrets in fields nobody scans for secrets, without any secret-like key.
  "agents/copycat.agent.yaml": `apiVersion: agentpolicy.dev/v1
kind: Agent
metadata:
  name: copycat
  description: "${SECRETS.password}"
  owner: "${SECRETS.apiKey}"
  sponsor: "${SECRETS.dbPassword}"
  labels:
    copied: "${SECRETS.password}"
    again: "${SECRETS.apiKey}"
identity:
  id: "${SECRETS.dbPassword}"
  provider: "${SECRETS.password}"
risk:
  eu_ai_act: "${SECRETS.apiKey}"
permissions:
  - resource: "${SECRETS.password}"
    actions: ["${SECRETS.apiKey}"]
    category: "${SECRETS.dbPassword}"
approvals:
  - name: "${SECRETS.apiKey}"
    approvers: ["${SECRETS.password}"]
`,
};

/** Every secret, and the forms an output could carry it in: as is, percent-encoded, Markdown-escaped. */
export function leakForms(): string[] {
  return Object.values(SECRETS).flatMap((s) => [
    s,
    encodeURIComponent(s),
    s.replace(/[\\`*_~[\]|#$<>&"-]/g, (c) => `\\${c}`),
    // long enough to be the secret, short enough to survive a cut
    s.slice(0, 16),
  ]);
}

/** The secrets (or their encodings) that `output` contains. */
export function leaked(output: string): string[] {
  return [...new Set(leakForms().filter((form) => output.includes(form)))];
}
