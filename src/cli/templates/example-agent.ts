// The starter manifest `agentpolicy init` writes: a small, compliant, read-only agent whose comments
// explain each section, so a new user edits a working manifest rather than starting from the schema.
// review_by is filled in at run time (a year ahead), so the starter never fails for a date in the past.

export const EXAMPLE_AGENT_PATH = "agents/example.agent.yaml";

export function exampleAgent(reviewBy: string): string {
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
