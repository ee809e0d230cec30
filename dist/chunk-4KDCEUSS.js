import { createRequire as __apCreateRequire } from "node:module"; const require = __apCreateRequire(import.meta.url);
import {
  checkParams,
  describeSchemaError,
  parseYamlSource,
  validatorFor
} from "./chunk-KJ2E4DBQ.js";
import {
  UsageError
} from "./chunk-BNU4OYRD.js";
import {
  findSecrets
} from "./chunk-HNGISUPK.js";

// src/policy/config.ts
var CONFIG_NAMES = [".agentpolicy.yml", ".agentpolicy.yaml", ".agentpolicy.json"];
function onlyComments(text) {
  return text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line));
}
function parseConfig(text, file) {
  const source = parseYamlSource(onlyComments(text) ? "{}" : text, file);
  const data = source.data === null ? {} : source.data;
  const validate = validatorFor("config");
  if (!validate(data)) {
    const p = describeSchemaError(validate.errors);
    throw source.error(p.path, p.message, p.key);
  }
  const settings = { ...data };
  delete settings.$schema;
  return { file, text, source, settings, redact: findSecrets(data).values };
}
async function findConfig(files, explicit) {
  if (explicit !== void 0) {
    const text = await files.read(explicit);
    if (text === void 0 && files.sha === void 0) {
      throw new UsageError(`--config: no such file '${explicit}'`);
    }
    return text === void 0 ? void 0 : { file: explicit, text };
  }
  const found = [];
  for (const name of CONFIG_NAMES) {
    const text = await files.read(name);
    if (text !== void 0) found.push({ file: name, text });
  }
  if (found.length > 1) {
    throw new UsageError(
      `${found.map((f) => f.file).join(" and ")} both exist in ${files.origin}; keep one, so it is clear which applies`
    );
  }
  return found[0];
}
function checkConfigAgainstPolicy(config, policy) {
  const { settings, source } = config;
  const checkIds = new Set(policy.checks.map((c) => c.id));
  const frameworkIds = policy.frameworks.map((f) => f.id);
  (settings.frameworks ?? []).forEach((id, i) => {
    if (!frameworkIds.includes(id)) {
      throw source.error(["frameworks", i], `unknown framework '${id}'; known: ${frameworkIds.join(", ")}`);
    }
  });
  for (const id of Object.keys(settings.checks ?? {})) {
    if (!checkIds.has(id)) {
      throw source.error(["checks", id], `unknown check '${id}' (see 'agentpolicy rules')`, true);
    }
  }
  (settings.waivers ?? []).forEach((w, i) => {
    if (!checkIds.has(w.check)) {
      throw source.error(["waivers", i, "check"], `unknown check '${w.check}' (see 'agentpolicy rules')`);
    }
  });
  const problem = checkParams(policy.checks, settings.params ?? {})[0];
  if (problem) {
    const unknown = !policy.checks.some((c) => Object.hasOwn(c.params, problem.param));
    throw source.error(["params", problem.param], problem.message, unknown);
  }
}

export {
  CONFIG_NAMES,
  parseConfig,
  findConfig,
  checkConfigAgainstPolicy
};
