// The generated reference docs, by path relative to the repository root. Pure: the same policy always gives
// the same text (no dates, no environment), so CI can diff docs/ against a fresh run of `npm run docs`.
import type { Policy } from "../policy/types.js";
import { loadPolicy } from "../policy/load.js";
import { renderFrameworksDoc } from "./frameworks-doc.js";
import { renderRulesDoc } from "./rules-doc.js";
import { renderPermissionsDoc } from "./permissions-doc.js";
import { builtinCatalogList } from "../policy/scope-catalog.js";

export function generateDocs(policy: Policy = loadPolicy()): Record<string, string> {
  return {
    "docs/rules.md": renderRulesDoc(policy),
    "docs/frameworks.md": renderFrameworksDoc(policy),
    "docs/permissions.md": renderPermissionsDoc(builtinCatalogList()),
  };
}
