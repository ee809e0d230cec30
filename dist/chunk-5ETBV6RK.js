import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  escapePointerSegment,
  joinPointer,
  pointerSegments
} from "./chunk-EHMHJOXK.js";

// src/manifest/date.ts
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDate(v) {
  if (typeof v !== "string") return void 0;
  const m = ISO_DATE.exec(v.trim());
  if (!m) return void 0;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return void 0;
  }
  return ms;
}
function formatDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// schema/agent.schema.json
var agent_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/agentpolicy/agentpolicy/main/schema/agent.schema.json",
  title: "agentpolicy agent manifest (agentpolicy.dev/v1)",
  description: "Declares one AI agent: who owns it, which identity it runs as, what it may access, how its credentials live, which human gates guard it and how it is audited. The schema checks shape and types only; whether a governance field is present at all is judged by agentpolicy's checks.",
  type: "object",
  required: ["apiVersion", "kind", "metadata"],
  properties: {
    $schema: {
      description: "Optional URL of this JSON Schema, so editors can validate the file and show these descriptions.",
      type: "string"
    },
    apiVersion: {
      description: "Manifest format version. Always agentpolicy.dev/v1 for this format.",
      const: "agentpolicy.dev/v1"
    },
    kind: {
      description: "Document kind. Always Agent; documents of other kinds are not agent manifests.",
      const: "Agent"
    },
    metadata: {
      description: "Who the agent is and who is accountable for it.",
      type: "object",
      required: ["name"],
      properties: {
        name: {
          description: "Agent name: a lowercase DNS label (a-z, 0-9 and '-', at most 63 characters), unique across the scanned manifests.",
          $ref: "#/$defs/agentName"
        },
        description: {
          description: "What the agent does, in one sentence.",
          type: "string"
        },
        owner: {
          description: "Accountable owner: a team (team:<slug>) or a person (email address).",
          type: "string",
          examples: ["team:finance-platform", "jane.doe@example.com"]
        },
        sponsor: {
          description: "Accountable human sponsor: a person's email address, not a team or a bot.",
          type: "string",
          examples: ["jane.doe@example.com"]
        },
        environment: {
          description: "Where the agent runs. production, preprod and dr (disaster recovery) are production-like and held to production controls; development, test and sandbox are development-like.",
          enum: ["production", "preprod", "dr", "staging", "test", "sandbox", "development"]
        },
        review_by: {
          description: "Date of the next access recertification, as an ISO date (YYYY-MM-DD).",
          $ref: "#/$defs/date"
        },
        labels: {
          description: "Free-form labels: a map of string keys to string values.",
          type: "object",
          additionalProperties: {
            description: "A label value.",
            type: "string"
          }
        }
      }
    },
    identity: {
      description: "The workload identity the agent authenticates as.",
      type: "object",
      properties: {
        id: {
          description: "Unique, verifiable identifier of the agent's identity: a URI (for example a SPIFFE ID) or the identity provider's id.",
          type: "string",
          examples: ["spiffe://example.com/agents/invoice-reconciler"]
        },
        provider: {
          description: "Identity provider that issues and verifies the identity.",
          enum: [
            "entra",
            "okta",
            "aws-iam",
            "gcp-iam",
            "azure-managed-identity",
            "spiffe",
            "kubernetes",
            "github-oidc",
            "other",
            "none"
          ]
        },
        principal: {
          description: "Object id, client id or principal name of the identity in that provider.",
          type: "string"
        }
      }
    },
    risk: {
      description: "Risk classification of the agent.",
      type: "object",
      properties: {
        eu_ai_act: {
          description: "EU AI Act risk tier of the system the agent is part of.",
          enum: ["prohibited", "high", "limited", "minimal"]
        },
        annex_iii: {
          description: "EU AI Act Annex III area; expected when the tier is high.",
          enum: [
            "biometrics",
            "critical-infrastructure",
            "education",
            "employment",
            "essential-services",
            "law-enforcement",
            "migration",
            "justice-democracy"
          ]
        },
        role: {
          description: "The organisation's EU AI Act role for this system.",
          enum: ["deployer", "provider"]
        },
        data_classes: {
          description: "Classes of data the agent handles.",
          type: "array",
          items: {
            description: "A data class.",
            enum: ["public", "internal", "confidential", "restricted", "personal", "special-category"]
          }
        },
        autonomy: {
          description: "How far the agent acts without a human.",
          enum: ["human-in-the-loop", "supervised", "autonomous"]
        },
        purpose: {
          description: "Intended purpose of the agent, in plain words.",
          type: "string"
        }
      }
    },
    model: {
      description: "The model the agent runs on.",
      type: "object",
      properties: {
        provider: {
          description: "Model provider.",
          type: "string",
          examples: ["anthropic", "openai", "azure-openai", "self-hosted"]
        },
        name: {
          description: "Model name.",
          type: "string"
        },
        version: {
          description: "Pinned model version or snapshot; 'latest' is not a pin.",
          type: ["string", "number"]
        },
        hosting: {
          description: "Who runs the model: the vendor's API, a cloud provider's managed service, or your own infrastructure.",
          enum: ["vendor", "cloud", "self-hosted"]
        },
        region: {
          description: "Region where inference runs (data residency).",
          type: "string",
          examples: ["eu-west-1", "europe-west4"]
        }
      }
    },
    permissions: {
      description: "Every access the agent has, listed explicitly.",
      type: "array",
      items: {
        $ref: "#/$defs/permission"
      }
    },
    credentials: {
      description: "Credentials the agent uses, as references to where they live (never the secret itself).",
      type: "array",
      items: {
        $ref: "#/$defs/credential"
      }
    },
    approvals: {
      description: "Human approval gates for sensitive operations.",
      type: "array",
      items: {
        $ref: "#/$defs/approval"
      }
    },
    audit: {
      description: "Audit logging of the agent's actions.",
      type: "object",
      properties: {
        enabled: {
          description: "Whether the agent's actions are written to an audit log.",
          type: "boolean"
        },
        sink: {
          description: "Where audit events are written.",
          type: "string"
        },
        immutable: {
          description: "Whether the audit log is append-only (WORM).",
          type: "boolean"
        },
        retention: {
          description: "How long audit events are kept: a duration such as 400d or P400D, or a number of seconds.",
          $ref: "#/$defs/duration"
        },
        events: {
          description: "Event types written to the audit log.",
          type: "array",
          items: {
            description: "An event type, for example tool_call, authentication, approval, data_access or credential_use.",
            type: "string"
          }
        }
      }
    },
    monitoring: {
      description: "Runtime monitoring of the agent.",
      type: "object",
      properties: {
        siem: {
          description: "SIEM that receives the agent's events.",
          type: "string"
        },
        baseline: {
          description: "Whether a behaviour baseline has been established.",
          type: "boolean"
        },
        alerts: {
          description: "Alerts configured for the agent.",
          type: "array",
          items: {
            description: "An alert name, for example volume_anomaly or new_resource_access.",
            type: "string"
          }
        },
        rate_limit: {
          description: "Rate limit on the agent's actions, as count/unit (s, m, h or d), for example 600/m.",
          type: "string",
          pattern: "^[0-9]+/(s|m|h|d)$",
          patternErrorMessage: "must be a count per unit such as 600/m (units s, m, h, d)"
        }
      }
    },
    oversight: {
      description: "Human oversight of the running agent.",
      type: "object",
      properties: {
        kill_switch: {
          description: "Whether a human can stop the agent at once.",
          type: "boolean"
        },
        incident_contact: {
          description: "Who to contact about an incident involving the agent.",
          type: "string"
        }
      }
    },
    transparency: {
      description: "Transparency towards people the agent interacts with.",
      type: "object",
      properties: {
        discloses_ai: {
          description: "Whether people the agent talks to are told it is an AI.",
          type: "boolean"
        }
      }
    },
    code: {
      description: "v1.1: globs of the source paths that implement this agent (from the repository root; ./ and ../ from this file's folder). Discovered agent code they cover is declared by this manifest.",
      type: "array",
      items: { type: "string", minLength: 1, maxLength: 1024 },
      maxItems: 1e3,
      examples: [["services/reconciler/**"]]
    },
    tools: {
      description: "MCP servers, plugins, functions and sub-agents the agent can call.",
      type: "array",
      items: {
        $ref: "#/$defs/tool"
      }
    },
    sources: {
      description: "Native agent configs this manifest governs (.mcp.json, .claude/settings.json, .codex/config.toml, ...): their tools, credentials, permissions and approvals are read from them. Paths from the repository root, or ./ and ../ from the manifest's folder.",
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true,
      examples: [[".mcp.json", ".claude/settings.json"]]
    },
    delegation: {
      description: "Whether and to whom the agent hands work.",
      type: "object",
      properties: {
        can_delegate: {
          description: "Whether the agent may hand work to other agents.",
          type: "boolean"
        },
        sub_agents: {
          description: "Names of the other agents it may hand work to.",
          type: "array",
          items: {
            description: "The metadata.name of another agent.",
            $ref: "#/$defs/agentName"
          }
        }
      }
    },
    compliance: {
      description: "Evidence for controls no check can automate (manifest v1.1): fria: Fundamental rights impact assessment (EU AI Act Art. 27). dpia: Data protection impact assessment (GDPR Art. 35; EU AI Act Art. 26(9)). eu_database_registration: Registration in the EU database (EU AI Act Art. 49). conformity_assessment: Conformity assessment (EU AI Act Art. 43). post_market_monitoring_plan: Post-market monitoring plan (EU AI Act Art. 72). incident_procedure: Serious incident reporting procedure (EU AI Act Art. 73). A manual control whose evidence is linked here is reported attested, with the link and date, never pass; evidence older than max_evidence_age (default 365d) is stale.",
      type: "object",
      properties: {
        fria: {
          description: "Fundamental rights impact assessment (EU AI Act Art. 27).",
          $ref: "#/$defs/evidence"
        },
        dpia: {
          description: "Data protection impact assessment (GDPR Art. 35; EU AI Act Art. 26(9)).",
          $ref: "#/$defs/evidence"
        },
        eu_database_registration: {
          description: "Registration in the EU database (EU AI Act Art. 49).",
          $ref: "#/$defs/evidence"
        },
        conformity_assessment: {
          description: "Conformity assessment (EU AI Act Art. 43).",
          $ref: "#/$defs/evidence"
        },
        post_market_monitoring_plan: {
          description: "Post-market monitoring plan (EU AI Act Art. 72).",
          $ref: "#/$defs/evidence"
        },
        incident_procedure: {
          description: "Serious incident reporting procedure (EU AI Act Art. 73).",
          $ref: "#/$defs/evidence"
        }
      }
    },
    runtime: {
      description: "Where the agent's code execution runs, and what network it can reach.",
      type: "object",
      properties: {
        sandbox: {
          description: "Isolation of code the agent runs: none, a container, a micro-VM, or an ephemeral runner discarded after each job.",
          enum: ["none", "container", "microvm", "ephemeral-runner"]
        },
        network_egress: {
          description: "Outbound network access from the sandbox: none, only the hosts in egress_allowlist, or open.",
          enum: ["none", "allowlist", "open"]
        },
        egress_allowlist: {
          description: "Hosts the sandbox may reach when network_egress is allowlist.",
          type: "array",
          items: {
            type: "string",
            description: "A host name, optionally *.domain."
          },
          examples: [["api.github.com", "registry.npmjs.org"]]
        }
      },
      examples: [
        {
          sandbox: "ephemeral-runner",
          network_egress: "allowlist",
          egress_allowlist: ["api.github.com"]
        }
      ]
    },
    models: {
      description: "Every model the agent runs on (model is the one-model shorthand). Each is judged for pinning.",
      type: "array",
      items: {
        description: "One model the agent runs on.",
        type: "object",
        properties: {
          provider: {
            description: "Model provider.",
            type: "string",
            examples: ["anthropic", "openai", "azure-openai", "google", "self-hosted"]
          },
          name: {
            description: "Model name.",
            type: "string"
          },
          version: {
            description: "Pinned model version or snapshot; 'latest', a range or a bare major is not a pin.",
            type: ["string", "number"]
          },
          hosting: {
            description: "Who runs the model: the vendor's API, a cloud provider's managed service, or your own infrastructure.",
            enum: ["vendor", "cloud", "self-hosted"]
          },
          region: {
            description: "Region where inference runs (data residency).",
            type: "string",
            examples: ["eu-west-1", "europe-west4"]
          }
        }
      }
    }
  },
  $defs: {
    agentName: {
      description: "A lowercase DNS label: a-z, 0-9 and '-', starting and ending with a letter or digit, at most 63 characters.",
      type: "string",
      maxLength: 63,
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
      patternErrorMessage: "must be a lowercase DNS label (a-z, 0-9 and '-', starting and ending with a letter or digit)"
    },
    duration: {
      description: "A duration: 30s, 15m, 1h, 7d, 2w, 6mo, 7y, combinations such as 1h30m, ISO 8601 such as PT1H, P30D, P6M or P1Y, or a number of seconds. Years and months are calendar lengths: a year is 365 days and a month a twelfth of a year (30 days 10 hours), so 12mo = 1y = 365d and P6M meets a six-month minimum that 180d does not.",
      examples: ["15m", "1h", "90d", "6mo", "7y", "PT1H", "P6M"],
      type: ["string", "number"],
      minimum: 0,
      pattern: "^\\s*(?:[0-9]+(?:\\.[0-9]+)?|(?:[0-9]+(?:\\.[0-9]+)?\\s*(?:mo|[smhdwy])\\s*)+|P(?!\\s*$)(?!T\\s*$)(?:[0-9]+(?:\\.[0-9]+)?Y)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?W)?(?:[0-9]+(?:\\.[0-9]+)?D)?(?:T(?!\\s*$)(?:[0-9]+(?:\\.[0-9]+)?H)?(?:[0-9]+(?:\\.[0-9]+)?M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?)\\s*$",
      patternErrorMessage: "must be a duration such as 30s, 15m, 1h, 7d, 6mo, 7y, PT1H, P30D or P1Y"
    },
    date: {
      description: "An ISO 8601 calendar date, YYYY-MM-DD.",
      type: "string",
      format: "date"
    },
    permission: {
      description: "One access the agent has.",
      type: "object",
      properties: {
        resource: {
          description: "What is accessed, as a URI or name; '*' and a trailing '/*' are wildcards.",
          type: "string",
          examples: ["postgres://finance/invoices", "github://acme/*"]
        },
        actions: {
          description: "Actions allowed on the resource.",
          type: "array",
          items: {
            description: "An action; '*' means every action.",
            enum: ["read", "write", "delete", "admin", "execute", "send", "deploy", "export", "*"]
          }
        },
        category: {
          description: "Kind of resource, used to judge how sensitive the access is.",
          enum: [
            "database",
            "workflow",
            "deployment",
            "email",
            "external-api",
            "filesystem",
            "code-execution",
            "payments",
            "identity",
            "secrets"
          ]
        },
        justification: {
          description: "Why the agent needs this access.",
          type: "string"
        },
        approval: {
          description: "The approval gate that guards this access: a gate's name (the whole permission is gated), or {gate, above} (the gate applies above a threshold, and `limits` bound what happens below it).",
          type: ["string", "object"],
          required: ["gate"],
          properties: {
            gate: {
              description: "Name of the approval gate (in approvals).",
              type: "string"
            },
            above: {
              description: "Threshold above which the gate applies; below it, `limits` bound the permission.",
              type: "object",
              properties: {
                amount: {
                  description: "Amount above which a human approves.",
                  type: "number",
                  minimum: 0
                },
                currency: {
                  description: "ISO 4217 currency of `amount`.",
                  type: "string",
                  pattern: "^[A-Z]{3}$"
                },
                count: {
                  description: "Operations per period above which a human approves.",
                  type: "integer",
                  minimum: 0
                },
                records: {
                  description: "Records per operation above which a human approves.",
                  type: "integer",
                  minimum: 0
                }
              }
            }
          },
          examples: [
            "payment-release",
            {
              gate: "refund-approval",
              above: {
                amount: 50,
                currency: "EUR"
              }
            }
          ]
        },
        provider: {
          description: "Provider whose native scopes `scopes` lists (a catalog under rules/scopes/, or a pack's). Optional: inferred from the resource's scheme or host when absent (github://…, https://graph.microsoft.com/…, arn:aws:…, k8s://…).",
          type: "string",
          examples: [
            "github",
            "google",
            "microsoft-graph",
            "aws",
            "gcp",
            "kubernetes",
            "slack",
            "stripe",
            "snowflake",
            "postgres"
          ]
        },
        scopes: {
          description: "Provider-native scopes, permissions, roles or IAM actions, spelt as the provider writes them. When given, `actions` and `category` may be left out: they are derived from the provider's scope catalog.",
          type: "array",
          items: {
            description: "One scope, e.g. contents:write (GitHub App), repo (GitHub OAuth), https://www.googleapis.com/auth/gmail.send, Mail.Send, s3:GetObject, iam:*, roles/owner, get:secrets, chat:write, refunds:write, ACCOUNTADMIN, SELECT.",
            type: "string",
            minLength: 1
          },
          examples: [["contents:write", "pull_requests:write"], ["Mail.Send"], ["get:pods", "list:pods"]]
        },
        on_behalf_of: {
          description: "Whose authority the access uses: self (the agent's own identity, the default), user (delegated: one signed-in user), any-user (impersonation of anyone: domain-wide delegation, app-only permissions over every mailbox, Kubernetes impersonate). any-user is privileged access.",
          enum: ["self", "user", "any-user"]
        },
        limits: {
          description: "Bounds on what the permission may do on its own, e.g. refunds up to 50 EUR each and 200 a day. A sensitive permission bounded by limits and gated above them is acceptable.",
          type: "object",
          properties: {
            amount: {
              description: "Largest amount per `per` period.",
              type: "number",
              minimum: 0
            },
            currency: {
              description: "ISO 4217 currency of `amount`.",
              type: "string",
              pattern: "^[A-Z]{3}$",
              examples: ["EUR", "USD"]
            },
            per: {
              description: "What `amount` is counted over.",
              enum: ["transaction", "hour", "day", "week", "month"]
            },
            count: {
              description: "Most operations per `count_per` period.",
              type: "integer",
              minimum: 0
            },
            count_per: {
              description: "What `count` is counted over.",
              enum: ["minute", "hour", "day", "week", "month"]
            },
            records: {
              description: "Most records (rows, messages, files) one operation may touch.",
              type: "integer",
              minimum: 0
            }
          },
          examples: [
            {
              amount: 50,
              currency: "EUR",
              per: "transaction",
              count: 200,
              count_per: "day"
            }
          ]
        }
      }
    },
    credential: {
      description: "One credential the agent uses.",
      type: "object",
      properties: {
        name: {
          description: "Name of the credential.",
          type: "string"
        },
        type: {
          description: "Kind of credential. key-pair: a private key that signs short-lived JWTs (GitHub App, Snowflake key-pair auth, service-account keys); certificate: an X.509 client certificate; jwt-bearer: the OAuth JWT bearer grant (RFC 7523).",
          enum: [
            "oidc-federation",
            "workload-identity",
            "managed-identity",
            "oauth-client-credentials",
            "mtls",
            "api-key",
            "static-token",
            "password",
            "key-pair",
            "certificate",
            "jwt-bearer"
          ]
        },
        ttl: {
          description: "Lifetime of an issued token or certificate: a duration such as 15m or PT15M, or a number of seconds.",
          $ref: "#/$defs/duration"
        },
        rotation: {
          description: "Rotation period of a long-lived secret: a duration such as 30d or P30D, or a number of seconds.",
          $ref: "#/$defs/duration"
        },
        secret_ref: {
          description: "Reference to where the secret lives (for example vault://…, aws-sm://…, env:NAME); never the secret itself.",
          type: "string",
          examples: ["vault://kv/finance/db"]
        },
        audience: {
          description: "Audience the credential is issued for.",
          type: "string"
        },
        shared: {
          description: "True when other agents or people use the same credential.",
          type: "boolean"
        },
        not_after: {
          description: "Expiry date of a certificate or key, when it has one.",
          $ref: "#/$defs/date"
        }
      }
    },
    approval: {
      description: "A human approval gate.",
      type: "object",
      properties: {
        name: {
          description: "Name of the gate, referred to by permissions[].approval.",
          type: "string"
        },
        approvers: {
          description: "Who may approve: groups or people.",
          type: "array",
          items: {
            description: "An approver, for example group:finance-controllers or a person's email.",
            type: "string"
          }
        },
        min_approvals: {
          description: "Number of approvals needed.",
          type: "integer",
          minimum: 0
        },
        timeout: {
          description: "How long the gate waits for approval: a duration such as 4h or PT4H, or a number of seconds.",
          $ref: "#/$defs/duration"
        },
        on_timeout: {
          description: "What happens when nobody approves in time.",
          enum: ["deny", "allow"]
        }
      }
    },
    tool: {
      description: "An MCP server, plugin, function or sub-agent the agent can call.",
      type: "object",
      properties: {
        name: {
          description: "Name of the tool.",
          type: "string"
        },
        type: {
          description: "Kind of tool.",
          enum: ["mcp", "a2a", "plugin", "function"]
        },
        source: {
          description: "Where the tool comes from: an image, package or URL.",
          type: "string"
        },
        version: {
          description: "Pinned version of the tool.",
          type: ["string", "number"]
        },
        digest: {
          description: "Content digest of the tool, algorithm:hex (for example sha256:…).",
          type: "string",
          pattern: "^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$",
          patternErrorMessage: "must be algorithm:hex, for example sha256:4f2c…"
        },
        allow: {
          description: "Tools of the server the agent may call (an allowlist). Absent: every tool the server offers.",
          type: "array",
          items: {
            type: "string",
            description: "A tool name."
          },
          examples: [["create_pull_request", "get_file_contents"]]
        },
        deny: {
          description: "Tools of the server the agent may not call.",
          type: "array",
          items: {
            type: "string",
            description: "A tool name."
          },
          examples: [["merge_pull_request", "delete_repository"]]
        },
        approval: {
          description: "An approval gate for some of the server's tools.",
          type: "object",
          required: ["gate"],
          properties: {
            gate: {
              description: "Name of the approval gate (in approvals).",
              type: "string"
            },
            tools: {
              description: "The tools the gate applies to; absent: every tool.",
              type: "array",
              items: {
                type: "string",
                description: "A tool name."
              }
            }
          },
          examples: [
            {
              gate: "merge-review",
              tools: ["create_pull_request"]
            }
          ]
        },
        credential: {
          description: "Name of the credential (in credentials) the tool server uses.",
          type: "string"
        }
      }
    },
    evidence: {
      description: "Evidence for a control no check can automate: where the document is, and when it was completed or last reviewed.",
      type: "object",
      required: ["ref", "date"],
      properties: {
        ref: {
          description: "A URL or a document id (GRC record, ticket, file path).",
          type: "string",
          minLength: 1
        },
        date: {
          description: "When the document was completed or last reviewed (YYYY-MM-DD).",
          $ref: "#/$defs/date"
        }
      }
    }
  }
};

// src/manifest/schema.ts
var AGENT_SCHEMA = agent_schema_default;
function derefSchema(node) {
  if (!node.$ref) return node;
  const m = /^#\/\$defs\/([^/]+)$/.exec(node.$ref);
  const defs = AGENT_SCHEMA.$defs;
  const target = m && defs ? defs[m[1]] : void 0;
  if (!target) return node;
  const { $ref: _ref, ...siblings } = node;
  return { ...derefSchema(target), ...siblings };
}
function refName(node) {
  return node.$ref ? /^#\/\$defs\/([^/]+)$/.exec(node.$ref)?.[1] : void 0;
}

// src/manifest/fields.ts
function fieldsOf(defName) {
  const out = [];
  const walk = (node, pointer, depth) => {
    if (depth > 16) return;
    if (refName(node) === defName) {
      out.push(pointer);
      return;
    }
    const s = derefSchema(node);
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      walk(child, `${pointer}/${escapePointerSegment(key)}`, depth + 1);
    }
    if (s.items) walk(s.items, `${pointer}/*`, depth + 1);
  };
  walk(AGENT_SCHEMA, "", 0);
  return out.sort();
}
var DURATION_FIELDS = Object.freeze(fieldsOf("duration"));
var DATE_FIELDS = Object.freeze(fieldsOf("date"));
function matchesField(pattern, pointer) {
  const p = pattern.split("/");
  const q = pointer.split("/");
  return p.length === q.length && p.every((seg, i) => seg === q[i] || seg === "*" && /^(0|[1-9][0-9]*)$/.test(q[i] ?? ""));
}
function isDurationField(pointer) {
  return DURATION_FIELDS.some((f) => matchesField(f, pointer));
}
function isDateField(pointer) {
  return DATE_FIELDS.some((f) => matchesField(f, pointer));
}
function pointersOf(data, pattern) {
  const segments = pointerSegments(pattern) ?? [];
  let frontier = [["", data]];
  for (const seg of segments) {
    const next = [];
    for (const [pointer, value] of frontier) {
      if (seg === "*") {
        if (Array.isArray(value)) value.forEach((item, i) => next.push([`${pointer}/${i}`, item]));
      } else if (isPlainObject(value) && Object.hasOwn(value, seg)) {
        next.push([`${pointer}/${escapePointerSegment(seg)}`, value[seg]]);
      }
    }
    frontier = next;
  }
  return frontier.map(([pointer]) => pointer);
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/manifest/secrets.ts
var REDACTED = "[REDACTED]";
var FORMATS = [
  { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,251}/g },
  { kind: "GitHub token", pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,251}/g },
  {
    kind: "AWS access key id",
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g
  },
  {
    kind: "AWS secret access key",
    pattern: /aws_?secret_?access_?key["']?\s{0,5}[:=]\s{0,5}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    group: 1
  },
  { kind: "Anthropic API key", pattern: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,250}/g },
  { kind: "OpenAI API key", pattern: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,250}/g },
  { kind: "OpenAI API key", pattern: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{32,250}(?![A-Za-z0-9_-])/g },
  { kind: "Slack token", pattern: /(?<![A-Za-z0-9_-])xox[abposr]-[A-Za-z0-9-]{10,250}/g },
  {
    kind: "Slack webhook URL",
    pattern: /hooks\.slack\.com\/services\/T[A-Za-z0-9_]{4,40}\/B[A-Za-z0-9_]{4,40}\/[A-Za-z0-9_]{16,64}/g
  },
  { kind: "Stripe secret key", pattern: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{20,250}/g },
  { kind: "Google API key", pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  {
    kind: "JWT",
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
    accept: hasJsonHeader
  },
  {
    kind: "password in a setting",
    pattern: /(?<![A-Za-z0-9_])(?:password|passwd|pwd|client_?secret|api_?key|access_?token)\s{0,3}=\s{0,3}["']?([^\s"'&;,<>]{4,256})/gi,
    group: 1,
    accept: (v) => !isPlaceholder(v) && !isReference(v)
  }
];
var PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "secret",
  "secrets",
  "token",
  "tokens",
  "password",
  "passwd",
  "pwd",
  "passphrase",
  "key",
  "apikey",
  "credential",
  "credentials",
  "privatekey",
  "bearer",
  "authorization"
]);
var SECRET_BODY_WORDS = /* @__PURE__ */ new Set([
  "value",
  "material",
  "data",
  "body",
  "b64",
  "base64",
  "pem",
  "der",
  "hex",
  "bytes",
  "string",
  "text"
]);
var PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pwd", "passphrase"]);
var REFERENCE_SCHEMES = /^(?:vault|aws-sm|aws-ssm|ssm|gcp-sm|gcp|azure-kv|keyvault|akv|k8s|kubernetes|secret|secrets|op|env|file|arn|sops|doppler|infisical|1password|onepassword):\S+$/i;
function isReference(value) {
  const v = value.trim();
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S*$/.test(v) || REFERENCE_SCHEMES.test(v) || /^\$\{\{[^}]*\}\}$/.test(v) || /^\$\{[^}]+\}$/.test(v) || /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(v) || /^projects\/[^/\s]+\/secrets\/\S+$/.test(v);
}
function isPlaceholder(value) {
  const v = value.trim();
  return v === "" || /^[*xX.•-]+$/.test(v) || /^<[^>]*>$/.test(v) || /^\{\{.*\}\}$/.test(v) || /^\$\{?[A-Za-z_{]/.test(v) || /^%\w$/.test(v) || /^(?:redacted|\[redacted\]|none|null)$/i.test(v);
}
function entropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  const n = [...value].length;
  for (const count of counts.values()) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}
var ENTROPY_MIN_LENGTH = 20;
var ENTROPY_THRESHOLD = 3.5;
function keyWords(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function secretLikeKey(key) {
  const words = keyWords(key);
  const last = words[words.length - 1];
  if (last === void 0) return false;
  if (SECRET_WORDS.has(last)) return true;
  if (SECRET_BODY_WORDS.has(last) && words.slice(0, -1).some((w) => SECRET_WORDS.has(w))) return true;
  return last === "ref" && words.includes("secret");
}
function looksRandom(value) {
  return value.length >= ENTROPY_MIN_LENGTH && !/\s/.test(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && entropy(value) >= ENTROPY_THRESHOLD;
}
function hasJsonHeader(jwt) {
  const header = jwt.slice(0, jwt.indexOf("."));
  try {
    const decoded = JSON.parse(Buffer.from(header, "base64url").toString("utf8"));
    return isPlainObject(decoded) && (typeof decoded.alg === "string" || typeof decoded.typ === "string");
  } catch {
    return false;
  }
}
function pemBlocks(text) {
  const out = [];
  let from = 0;
  for (; ; ) {
    PEM_BEGIN.lastIndex = from;
    const begin = PEM_BEGIN.exec(text);
    if (!begin) return out;
    PEM_END.lastIndex = begin.index + begin[0].length;
    const end = PEM_END.exec(text);
    if (!end) {
      out.push(text.slice(begin.index));
      return out;
    }
    out.push(text.slice(begin.index, end.index + end[0].length));
    from = end.index + end[0].length;
  }
}
function connectionStringPasswords(text) {
  const out = [];
  for (let i = text.indexOf("://"); i !== -1; i = text.indexOf("://", i + 3)) {
    let start = i;
    while (start > 0 && i - start < 32 && /[A-Za-z0-9+.-]/.test(text[start - 1])) start--;
    if (start === i || !/[A-Za-z]/.test(text[start])) continue;
    let j = i + 3;
    const limit = Math.min(text.length, j + 512);
    while (j < limit && !"/?#@ 	\r\n".includes(text[j])) j++;
    if (text[j] !== "@") continue;
    const userinfo = text.slice(i + 3, j);
    const colon = userinfo.indexOf(":");
    if (colon === -1) continue;
    const password = userinfo.slice(colon + 1);
    if (password.length > 0 && !isPlaceholder(password)) out.push(password);
  }
  return out;
}
var FORMAT_PREFILTER = /gh[pousr]_|github_pat_|AKIA|ASIA|ABIA|ACCA|aws_?secret|sk-|xox[abposr]-|hooks\.slack\.com|_live_|AIza|eyJ|password|passwd|pwd|client_?secret|api_?key|access_?token/i;
var keyTraitsMemo = /* @__PURE__ */ new Map();
var KEY_MEMO_LIMIT = 4096;
function keyTraits(key) {
  let traits = keyTraitsMemo.get(key);
  if (traits) return traits;
  const secretLike = secretLikeKey(key);
  traits = { secretLike, password: secretLike && keyWords(key).some((w) => PASSWORD_WORDS.has(w)) };
  if (keyTraitsMemo.size >= KEY_MEMO_LIMIT) keyTraitsMemo.clear();
  keyTraitsMemo.set(key, traits);
  return traits;
}
function scanString(text, key) {
  const found = [];
  if (FORMAT_PREFILTER.test(text)) {
    for (const f of FORMATS) {
      f.pattern.lastIndex = 0;
      for (const m of text.matchAll(f.pattern)) {
        const value = m[f.group ?? 0];
        if (value && (!f.accept || f.accept(value))) found.push([f.kind, value]);
      }
    }
  }
  if (text.includes("-----BEGIN ")) for (const block of pemBlocks(text)) found.push(["private key", block]);
  for (const password of connectionStringPasswords(text))
    found.push(["password in connection string", password]);
  const traits = key === void 0 || found.length > 0 ? void 0 : keyTraits(key);
  if (traits?.secretLike && key !== void 0 && !isReference(text) && !isPlaceholder(text)) {
    if (traits.password && text.trim().length >= 4) found.push([`password in ${quoteKey(key)}`, text]);
    else {
      const words = randomWords(text);
      if (words.length > 0) {
        found.push([`high-entropy string in ${quoteKey(key)}`, text]);
        for (const w of words) if (w !== text) found.push([`high-entropy string in ${quoteKey(key)}`, w]);
      }
    }
  }
  return found;
}
function randomWords(text) {
  const trimmed = text.trim();
  if (looksRandom(trimmed)) return [trimmed];
  if (!/\s/.test(trimmed)) return [];
  const words = trimmed.split(/\s+/).filter((w) => looksRandom(w));
  if (words.length === 0) {
    const lines = trimmed.split(/\s*\n\s*/);
    const joined = lines.join("");
    if (lines.length > 1 && lines.every((l) => /^[A-Za-z0-9+/=_-]+$/.test(l)) && looksRandom(joined))
      return lines;
  }
  return words;
}
function quoteKey(key) {
  return key.length <= 40 && /^[\w.-]+$/.test(key) ? `'${key}'` : "a secret-like field";
}
function findSecrets(data) {
  const hits = [];
  const values = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const record = (pointer, text, key) => {
    for (const [kind, value] of scanString(text, key)) {
      const id = `${pointer}\0${kind}`;
      if (!seen.has(id)) {
        seen.add(id);
        hits.push({ pointer, kind });
      }
      values.add(value);
      values.add(text);
    }
  };
  const stack = [[data, "", void 0]];
  while (stack.length > 0) {
    const [value, pointer, key] = stack.pop();
    if (typeof value === "string") {
      record(pointer, value, key);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${pointer}/${i}`, key]);
    } else if (isPlainObject(value)) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        const child = `${pointer}/${escapePointerSegment(k)}`;
        record(child, k, void 0);
        stack.push([value[k], child, k]);
      }
    }
  }
  return { hits, values: [...values] };
}
function redactionForms(values) {
  const forms = /* @__PURE__ */ new Set();
  for (const v of values) {
    if (v.length < 4) continue;
    forms.add(v);
    const escaped = JSON.stringify(v).slice(1, -1);
    if (escaped !== v) forms.add(escaped);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
var SHORT_SECRET = 16;
var WORD = /[\p{L}\p{N}_]/u;
function isWordAt(text, i) {
  return i >= 0 && i < text.length && WORD.test(text[i]);
}
function replaceSecret(text, form) {
  if (form.length >= SHORT_SECRET) return text.split(form).join(REDACTED);
  const startsWord = WORD.test(form[0]);
  const endsWord = WORD.test(form[form.length - 1]);
  let out = "";
  let from = 0;
  for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
    if (i < from) continue;
    const inside = startsWord && isWordAt(text, i - 1) || endsWord && isWordAt(text, i + form.length);
    if (inside) continue;
    out += text.slice(from, i) + REDACTED;
    from = i + form.length;
  }
  return from === 0 ? text : out + text.slice(from);
}
function redactText(text, values) {
  let out = text;
  for (const form of redactionForms(values)) {
    if (out.includes(form)) out = replaceSecret(out, form);
  }
  return out;
}
function redactPointer(pointer, redact) {
  const segments = pointerSegments(pointer);
  return segments === void 0 ? redact(pointer) : joinPointer(segments.map(redact));
}
function pathSecrets(path) {
  const out = /* @__PURE__ */ new Set();
  for (const segment of path.split("/")) for (const [, value] of scanString(segment)) out.add(value);
  return [...out];
}

// src/util/glob-bounds.ts
var MAX_GLOB_WILDCARDS = 3;
var MAX_GLOBSTARS = 2;
var MAX_SEGMENT_STARS = 2;
var WHY = " (each wildcard multiplies the time a path that almost matches takes; name a folder instead of one)";
function globCostProblem(glob) {
  const plain = glob.replace(/\\./g, "");
  if (plain.includes("("))
    return "has a group or an extglob ('(' unescaped), which these globs do not support";
  const problem = countProblem(plain);
  return problem === void 0 ? void 0 : problem + WHY;
}
function countProblem(plain) {
  let wildcards = 0;
  let globstars = 0;
  for (const segment of plain.split("/")) {
    if (segment === "**") {
      globstars++;
      wildcards++;
      continue;
    }
    const stars = (segment.match(/\*+/g)?.length ?? 0) + (segment.match(/\{/g)?.length ?? 0);
    if (stars > MAX_SEGMENT_STARS)
      return `has ${stars} wildcards in one path segment, over the limit of ${MAX_SEGMENT_STARS}`;
    wildcards += stars;
  }
  if (globstars > MAX_GLOBSTARS) return `has ${globstars} '**', over the limit of ${MAX_GLOBSTARS}`;
  if (wildcards > MAX_GLOB_WILDCARDS)
    return `has ${wildcards} wildcards, over the limit of ${MAX_GLOB_WILDCARDS}`;
  return void 0;
}

export {
  AGENT_SCHEMA,
  derefSchema,
  DURATION_FIELDS,
  DATE_FIELDS,
  matchesField,
  isDurationField,
  isDateField,
  pointersOf,
  isPlainObject,
  parseDate,
  formatDate,
  isReference,
  looksRandom,
  scanString,
  findSecrets,
  redactionForms,
  replaceSecret,
  redactText,
  redactPointer,
  pathSecrets,
  globCostProblem
};
