// The starter .agentpolicy.yml `agentpolicy init` writes: the defaults, spelled out and commented, so every
// knob a team will want (params, per-check severities, packs, waivers) is one uncomment away.

export const CONFIG_PATH = ".agentpolicy.yml";

export const STARTER_CONFIG = `# agentpolicy configuration, written by \`agentpolicy init\`.
# Everything is optional: delete a setting to get the built-in default.
# In pull requests the GitHub Action reads this file (and its packs) from the base branch, so a pull
# request cannot weaken the policy that judges it; its edits to this file are listed for review.

# Which files hold agent manifests (replaces the default discovery globs), and which to skip.
# include: ["agents/**/*.yaml", "**/*.agent.yaml"]
# exclude: ["agents/archive/**"]

# Control catalogs to report on: eu-ai-act, nist-ai-rmf, soc2, iso-27001, iso-42001, owasp-agentic
# (and your packs' frameworks). Default: all.
# Like --framework, listing some limits findings and coverage to the checks those catalogs map.
# frameworks: [eu-ai-act, soc2]

# Fail on open findings at or above: critical | high | medium | low | info | never.
fail_on: high

# Check parameters by name (\`npx agentpolicy explain <CHECK-ID>\` lists each check's).
# params:
#   max_token_ttl: 1h
#   min_log_retention: 6mo

# Per check: off, or a new severity. Checks that are not waivable cannot be switched off or lowered.
# checks:
#   AP-ID-004: low

# Folders (relative to this file) with your own checks/*.yaml and frameworks/*.yaml.
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
