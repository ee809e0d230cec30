// The agent manifest JSON Schema (schema/agent.schema.json), loaded once, and the few ways this
// package reads it besides ajv: following $ref, and listing the properties a mapping declares.
import agentSchema from "../../schema/agent.schema.json" with { type: "json" };

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
  description?: string;
  [keyword: string]: unknown;
}

export const AGENT_SCHEMA = agentSchema as SchemaNode;

/** `node` with a local `$ref` ("#/$defs/x") replaced by its target (sibling keywords kept). */
export function derefSchema(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const m = /^#\/\$defs\/([^/]+)$/.exec(node.$ref);
  const defs = AGENT_SCHEMA.$defs as Record<string, SchemaNode> | undefined;
  const target = m && defs ? defs[m[1] as string] : undefined;
  if (!target) return node;
  const { $ref: _ref, ...siblings } = node;
  return { ...derefSchema(target), ...siblings };
}

/** The $defs name a property refers to ("duration", "date", …), if any. */
export function refName(node: SchemaNode): string | undefined {
  return node.$ref ? /^#\/\$defs\/([^/]+)$/.exec(node.$ref)?.[1] : undefined;
}
