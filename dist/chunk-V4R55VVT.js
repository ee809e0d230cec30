import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  writeWithFolders
} from "./chunk-7HACHJDW.js";
import {
  EXIT,
  INIT_HELP
} from "./chunk-O7XNPXAJ.js";
import {
  CONFIG_NAMES
} from "./chunk-FWE7YAEI.js";
import "./chunk-NBGPQBYX.js";
import {
  packageRoot
} from "./chunk-4NN7QIXY.js";
import "./chunk-3VZ7T36H.js";
import "./chunk-6WOQBHG4.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import {
  formatDate
} from "./chunk-5ETBV6RK.js";
import "./chunk-EHMHJOXK.js";
import "./chunk-3JT46TE2.js";
import "./chunk-LCWV2GUA.js";
import "./chunk-OKO2LAOG.js";

// src/cli/commands/init.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

// src/cli/templates/config.ts
var CONFIG_PATH = ".agentpolicy.yml";
var STARTER_CONFIG = `# agentpolicy configuration, written by \`agentpolicy init\`.
# Everything is optional: delete a setting to get the built-in default.
# In pull requests the GitHub Action reads this file (and its packs) from the base branch, so a pull
# request cannot weaken the policy that judges it; its edits to this file are listed for review.

# Which files hold agent manifests (replaces the default discovery globs), and which to skip.
# include: ["agents/**/*.yaml", "**/*.agent.yaml"]
# exclude: ["agents/archive/**"]

# Control catalogs to report on: eu-ai-act, nist-ai-rmf, soc2, iso-27001, iso-42001, owasp-agentic
# (and your packs' frameworks). Default: all.
# Like --framework, listing some limits findings and coverage to the checks those catalogs map
# (checks that are not waivable, such as a secret written into a manifest, are reported whatever you list).
# frameworks: [eu-ai-act, soc2]

# Fail on open findings at or above: critical | high | medium | low | info | never.
fail_on: high

# With a base to compare with (the action in a pull request, \`check --base\`): new fails only on the
# findings the change introduces (existing ones are still reported); all fails on every finding.
# Default: new for the action's pull requests, all elsewhere.
# fail_scope: new

# Access escalations that fail the run in either scope: true for all, or the kinds of change
# (agent-added, permission-added, permission-widened, gate-removed, gate-weakened, credential-added,
# credential-ttl-changed, ...; see docs/action.md). Default: false (reported for review only).
# fail_on_escalation: [permission-widened, gate-removed, gate-weakened]

# Check parameters by name (\`npx agentpolicy explain <CHECK-ID>\` lists each check's).
# params:
#   max_token_ttl: 1h
#   min_log_retention: 6mo

# Per check: off, or a new severity. Checks that are not waivable cannot be switched off or lowered.
# checks:
#   AP-ID-004: low

# Folders inside the repository (relative to this file) with your own checks/*.yaml and frameworks/*.yaml.
# packs: [./policy/agentpolicy]

# Accepted risks. Each needs a reason, an approver and an expiry at most 365 days ahead; a waived
# finding stays visible in every report, an expired waiver fails the run again.
# waivers:
#   - check: AP-CRED-002
#     agent: legacy-*                   # agent name or glob
#     path: /credentials/0              # optional: only this part of the manifest
#     reason: Vendor API has no OAuth; migration tracked in SEC-142
#     approved_by: ciso@example.com
#     expires: 2027-01-31
`;

// src/cli/templates/example-agent.ts
var EXAMPLE_AGENT_PATH = "agents/example.agent.yaml";
function exampleAgent(reviewBy) {
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/agentpolicy/agentpolicy/main/schema/agent.schema.json
#
# A starter agent manifest written by \`agentpolicy init\`. Describe one real AI agent per file (or
# several, separated by ---), then run \`npx agentpolicy check\`. Every field is explained in
# \`npx agentpolicy schema\`; \`npx agentpolicy explain <CHECK-ID>\` explains any finding.
apiVersion: agentpolicy.dev/v1
kind: Agent

metadata:
  name: example-agent                 # unique, lowercase DNS label
  description: Answers questions from the team's internal documentation
  owner: team:platform                # accountable team (team:<slug>) or a person's email
  sponsor: jane.doe@example.com       # the accountable human: a person, not a team or a bot
  environment: development            # production | staging | development
  review_by: ${reviewBy}              # next access recertification

identity:                             # who the agent is, as an identity provider can prove it
  id: spiffe://example.com/agents/example-agent
  provider: spiffe                    # entra | okta | aws-iam | gcp-iam | spiffe | kubernetes | github-oidc | ...
  principal: spiffe://example.com/agents/example-agent

risk:                                 # EU AI Act classification
  eu_ai_act: minimal                  # prohibited | high | limited | minimal
  role: deployer                      # deployer | provider
  data_classes: [internal]
  autonomy: supervised                # human-in-the-loop | supervised | autonomous
  purpose: Retrieve and summarise internal documentation for employees

model:
  provider: anthropic
  name: claude-sonnet
  version: "2026-09-01"               # pin a version; "latest" is a finding

permissions:                          # every access, explicitly, with why it is needed
  - resource: https://docs.example.com/api/pages
    actions: [read]                   # read | write | delete | admin | execute | send | deploy | export
    category: external-api
    justification: Searches and reads documentation pages
    # approval: <gate name>           # sensitive access (deploy, payments, delete, ...) needs a gate below

credentials:                          # short-lived and federated; never a secret value in this file
  - name: docs-reader
    type: workload-identity           # oidc-federation | workload-identity | managed-identity | ...
    ttl: 15m
    audience: https://docs.example.com

# approvals:                          # human approval gates for sensitive operations
#   - name: production-deploy
#     approvers: [group:release-managers]
#     min_approvals: 2
#     timeout: 4h
#     on_timeout: deny

audit:
  enabled: true
  sink: datadog
  immutable: true                     # append-only / WORM
  retention: 400d
  events: [tool_call, authentication, data_access]

monitoring:
  siem: datadog
  baseline: true
  alerts: [volume_anomaly, new_resource_access]

oversight:
  kill_switch: true                   # a human can stop the agent at once
  incident_contact: secops@example.com

transparency:
  discloses_ai: true                  # people it talks to are told it is an AI
`;
}

// src/cli/commands/init.ts
var WORKFLOW_PATH = ".github/workflows/agentpolicy.yml";
var WORKFLOW_SOURCE = "examples/workflows/agentpolicy.yml";
var YEAR_MS = 365 * 864e5;
function initCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workflow: { type: "boolean" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(INIT_HELP + "\n");
    return EXIT.passed;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument '${positionals[0]}'; init writes into the current folder`);
  const files = /* @__PURE__ */ new Map([
    [EXAMPLE_AGENT_PATH, exampleAgent(formatDate(Date.now() + YEAR_MS))],
    [CONFIG_PATH, STARTER_CONFIG]
  ]);
  if (values.workflow) {
    const source = join(packageRoot(), WORKFLOW_SOURCE);
    if (!existsSync(source))
      throw new UsageError(`this installation has no example workflow (${WORKFLOW_SOURCE})`);
    files.set(WORKFLOW_PATH, readFileSync(source, "utf8"));
  }
  const other = CONFIG_NAMES.find((name) => name !== CONFIG_PATH && existsSync(join(io.cwd, name)));
  if (other) throw new UsageError(`${other} already exists; edit it instead, or remove it first`);
  const existing = [...files.keys()].filter((file) => existsSync(join(io.cwd, file)));
  if (existing.length > 0 && !values.force) {
    throw new UsageError(
      `${existing.join(", ")} already ${existing.length === 1 ? "exists" : "exist"}; nothing written (use --force to overwrite)`
    );
  }
  for (const [file, text] of files) {
    const abs = join(io.cwd, file);
    writeWithFolders(file, abs, text);
    io.stdout(`${existing.includes(file) ? "overwrote" : "wrote"} ${file}
`);
  }
  io.stdout(
    `
Next: describe a real agent in ${EXAMPLE_AGENT_PATH} (or add more files under agents/), then run
  npx agentpolicy check
`
  );
  return EXIT.passed;
}
export {
  WORKFLOW_PATH,
  initCommand
};
