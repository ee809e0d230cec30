export const MAIN_HELP = `agentpolicy — policy-as-code for AI agent identities

Usage:
  agentpolicy check [paths...] [options]   check agent manifests
  agentpolicy inventory [paths...]         list every agent and the AI agent code nobody declared
  agentpolicy import [paths...] [--out DIR] draft manifests for agent configs no manifest governs
  agentpolicy init [--workflow]            write a starter manifest and .agentpolicy.yml
  agentpolicy rules [--format text|json]   list the checks
  agentpolicy explain <ID>                 explain a check (AP-CRED-003) or a control (soc2:CC6.1)
  agentpolicy schema                       print the manifest JSON Schema

Options:
  -h, --help       show help (also: agentpolicy <command> --help)
  -v, --version    print the version
      --debug      print the stack trace of an internal error (any command)

Exit codes: 0 passed, 1 findings at or above --fail-on (or a file could not be read),
2 usage or configuration error.`;

export const CHECK_HELP = `Usage: agentpolicy check [paths...] [options]

Checks agent manifests (files, folders or globs; default: the current folder).
Folders are searched for **/*.agent.{yaml,yml,json} and any YAML/JSON under agents/ or .agents/.
The policy comes from .agentpolicy.yml (or .yaml, .json) in the current folder, or --config.

Options:
  -f, --format <fmt>       text (default) | json | sarif | markdown | github | ocsf | junit | html |
                           cyclonedx (CycloneDX 1.6 AI bill of materials)
  -o, --output <file>      write the report to a file instead of stdout
  -c, --config <file>      policy configuration (default: .agentpolicy.yml in the current folder)
      --framework <id>     report on this framework only (repeatable): eu-ai-act, nist-ai-rmf, soc2,
                           iso-27001, iso-42001, owasp-agentic, or a pack's framework
                           (default: the config's frameworks, else all)
      --fail-on <sev>      critical | high | medium | low | info | never (default: the config's, else high)
      --max-file-size <n>  skip files larger than n bytes (default 1048576; suffixes k, m)
      --base <ref>         compare with a git revision: new and fixed findings, access changes per agent,
                           and the changes to the policy (config, waivers, packs)
      --policy-source <s>  with --base: base (default) judges by the config and packs at <ref>, so a
                           change cannot weaken its own policy; head uses the working tree's
  -q, --quiet              text format: only findings that reach --fail-on, no summary table
      --no-color           no ANSI colour (also NO_COLOR=1)
      --debug              print the stack trace of an internal error
  -h, --help               show this help`;

export const INVENTORY_HELP = `Usage: agentpolicy inventory [paths...] [options]

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

export const INIT_HELP = `Usage: agentpolicy init [--workflow] [--force]

Writes into the current folder a commented starter manifest (agents/example.agent.yaml) and policy
configuration (.agentpolicy.yml). Refuses to overwrite an existing file unless --force is given.

Options:
      --workflow           also write the GitHub workflow .github/workflows/agentpolicy.yml
      --force              overwrite files that exist
  -h, --help               show this help`;

export const RULES_HELP = `Usage: agentpolicy rules [--format text|json] [--framework <id>]

Lists every check with its id, severity, title and the controls it evidences.`;

export const EXPLAIN_HELP = `Usage: agentpolicy explain <ID>

Prints everything known about a check (e.g. AP-CRED-003) or a control
(e.g. "Art. 12(1)", "soc2:CC6.1", "nist-ai-rmf:GOVERN 1.6"), including the other side of the mapping.`;

export const SCHEMA_HELP = `Usage: agentpolicy schema [--format json]

Prints the JSON Schema of agent manifests (format v1). Point your editor at it with
  # yaml-language-server: $schema=<path or URL of agent.schema.json>`;

export const IMPORT_HELP = `Usage: agentpolicy import [paths...] [options]

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
