import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);

// src/cli/help.ts
var MAIN_HELP = `agentpolicy — policy-as-code for AI agent identities

Usage:
  agentpolicy check [paths...] [options]   check agent manifests
  agentpolicy inventory [paths...]         list every agent and the AI agent code nobody declared
  agentpolicy import [paths...] [--out DIR] draft manifests for agent configs no manifest governs
  agentpolicy init [--workflow]            write a starter manifest and .agentpolicy.yml
  agentpolicy baseline [paths...] --reason R --approved-by P --expires YYYY-MM-DD
                                           accept today's findings as expiring waivers in the config
  agentpolicy rules [--format text|json]   list the checks
  agentpolicy explain <ID>                 explain a check (AP-CRED-003) or a control (soc2:CC6.1)
  agentpolicy schema                       print the manifest JSON Schema

Options:
  -h, --help       show help (also: agentpolicy <command> --help)
  -v, --version    print the version
      --debug      print the stack trace of an internal error (any command)

Exit codes: 0 passed, 1 findings at or above --fail-on (or a file could not be read),
2 usage or configuration error.`;
var CHECK_HELP = `Usage: agentpolicy check [paths...] [options]

Checks agent manifests (files, folders or globs; default: the current folder).
Folders are searched for **/*.agent.{yaml,yml,json}, any YAML/JSON under agents/ or .agents/ (in any
case), and any other YAML/JSON file that declares apiVersion: agentpolicy.dev/v1. A path that yields no
agent is an error (exit 2) unless --allow-empty is given.
The policy comes from .agentpolicy.yml (or .yaml, .json) in the current folder, or --config.
When every path is a file (a pre-commit hook), the run reads the whole repository of those files (the
nearest folder with .git, else with a config) as context, so that names, identities and secrets shared
with other agents are still seen, and reports only on the named files: their findings, their agents and
the config's waivers about them. Paths in the report are then relative to the repository.

Options:
  -f, --format <fmt>       text (default) | json | sarif | markdown | github | ocsf | junit | html |
                           cyclonedx (CycloneDX 1.6 AI bill of materials)
  -o, --output <file>      write the report to a file instead of stdout
  -c, --config <file>      policy configuration (default: .agentpolicy.yml in the current folder)
      --framework <id>     report on this framework only (repeatable): eu-ai-act, nist-ai-rmf, soc2,
                           iso-27001, iso-42001, owasp-agentic, or a pack's framework
                           (default: the config's frameworks, else all; checks that are not waivable
                           are reported whatever is chosen)
      --fail-on <sev>      critical | high | medium | low | info | never (default: the config's, else high)
      --max-file-size <n>  skip files larger than n bytes (default 1048576; suffixes k, m)
      --base <ref>         compare with a git revision: new and fixed findings, access changes per agent,
                           and the changes to the policy (config, waivers, packs)
      --policy-source <s>  with --base: base (default) judges by the config and packs at <ref>, so a
                           change cannot weaken its own policy; head uses the working tree's
      --fail-scope <s>     with --base: new fails only on findings the change introduces (existing
                           ones are still reported); all (default, or the config's fail_scope)
      --allow-empty        pass when a path holds no agent (by default that is a usage error, exit 2)
  -q, --quiet              text format: only findings that reach --fail-on, no summary table
      --no-color           no ANSI colour (also NO_COLOR=1)
      --debug              print the stack trace of an internal error
  -h, --help               show this help`;
var INVENTORY_HELP = `Usage: agentpolicy inventory [paths...] [options]

Lists every agent with its file, owner, sponsor, environment, risk tier, identity provider, derived
access level (read-only, write, privileged), permission categories, credential types, longest token
lifetime, approval gates and open findings by severity (under the repository's policy); beside them,
every project whose dependencies bring in an LLM SDK, an agent framework or an MCP SDK, with the
dependency lines and whether a manifest declares it (declared / undeclared). Secrets are never
printed. Exits 1 when a file could not be read (its agents are missing from the list).

Options:
  -f, --format <fmt>       text (default) | json | csv | markdown | cyclonedx (CycloneDX 1.6 AI BOM)
  -o, --output <file>      write to a file instead of stdout
  -c, --config <file>      policy configuration (default: .agentpolicy.yml in the current folder)
      --max-file-size <n>  skip files larger than n bytes (default 1048576; suffixes k, m)
  -h, --help               show this help`;
var INIT_HELP = `Usage: agentpolicy init [--workflow] [--force]

Writes into the current folder a commented starter manifest (agents/example.agent.yaml) and policy
configuration (.agentpolicy.yml). Refuses to overwrite an existing file unless --force is given.

Options:
      --workflow           also write the GitHub workflow .github/workflows/agentpolicy.yml
      --force              overwrite files that exist
  -h, --help               show this help`;
var RULES_HELP = `Usage: agentpolicy rules [--format text|json] [--framework <id>]

Lists every check with its id, severity, title and the controls it evidences.`;
var EXPLAIN_HELP = `Usage: agentpolicy explain <ID>

Prints everything known about a check (e.g. AP-CRED-003) or a control
(e.g. "Art. 12(1)", "soc2:CC6.1", "nist-ai-rmf:GOVERN 1.6"), including the other side of the mapping.`;
var SCHEMA_HELP = `Usage: agentpolicy schema [--format json]

Prints the JSON Schema of agent manifests (format v1). Point your editor at it with
  # yaml-language-server: $schema=<path or URL of agent.schema.json>`;
var BASELINE_HELP = `Usage: agentpolicy baseline [paths...] --reason R --approved-by P --expires YYYY-MM-DD

Accepts the findings that exist today as governed waivers in the policy config (.agentpolicy.yml, or
--config; created when there is none): one waiver per check, agent and file, narrowed to the exact
findings by match: {file, fingerprint}, each with the reason, the approver and the expiry. Later findings
are not covered. Findings of checks that cannot be waived are listed and left open. Running it again
updates the waivers it wrote and never duplicates them; waivers written by hand are left alone. The
config's comments and layout are kept.

Options:
      --reason <text>      why the debt is accepted, with the ticket that tracks the fix (required)
      --approved-by <who>  who accepts it (required)
      --expires <date>     last day the waivers apply, at most 365 days ahead (required)
  -c, --config <file>      the config to write (default: .agentpolicy.yml in the current folder)
      --max-file-size <n>  skip files larger than n bytes (default 1048576; suffixes k, m)
      --dry-run            say what would be written, write nothing
  -h, --help               show this help

Exit codes: 0 written, 1 a file could not be checked (its findings are not accepted), 2 usage error
(nothing written).`;
var IMPORT_HELP = `Usage: agentpolicy import [paths...] [options]

Writes a draft manifest for every native agent config that no manifest governs (.mcp.json,
.claude/settings.json, .cursor/mcp.json, .vscode/mcp.json, claude_desktop_config.json,
.gemini/settings.json, .codex/config.toml, A2A agent cards). Each draft lists its config under
sources: (tools, credentials and permissions stay read from it), takes the owner from CODEOWNERS
when a rule names one, and marks with TODO what only a person can declare. Drafts never hold a
value from the config.

Options:
      --out <dir>          where to write the drafts (default: agents/)
      --force              overwrite drafts that already exist (without it: exit 2, nothing written)
  -c, --config <file>      policy configuration (default: .agentpolicy.yml in the current folder)
      --max-file-size <n>  skip files larger than n bytes (default 1048576; suffixes k, m)
  -h, --help               show this help

Exit codes: 0 drafts written (or nothing to import), 1 a file could not be read, 2 a draft exists
and --force was not given (nothing written), or a usage error.`;

// src/cli/errors.ts
var EXIT = { passed: 0, failed: 1, usage: 2 };

export {
  MAIN_HELP,
  CHECK_HELP,
  INVENTORY_HELP,
  INIT_HELP,
  RULES_HELP,
  EXPLAIN_HELP,
  SCHEMA_HELP,
  BASELINE_HELP,
  IMPORT_HELP,
  EXIT
};
