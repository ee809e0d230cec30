// json-logic-js, the reference the compiled closures must match (test/engine/differential.test.ts).
// It is a process-wide singleton; this module, the only one that imports it, sets it up once when it
// loads, from the operator registry: `log` goes (it writes to the console), `var` becomes the
// own-property lookup that refuses prototype paths, and our own operations are added.
import jsonLogic from "json-logic-js";
import { OPERATORS } from "./operators.js";

jsonLogic.rm_operation("log");
for (const [name, op] of OPERATORS) {
  if (op.reference && op.impl) jsonLogic.add_operation(name, op.impl);
}

/** json-logic-js interpreting `node` on each call. */
export function interpret(node: unknown): (data: unknown) => unknown {
  return (data) => jsonLogic.apply(node as Parameters<typeof jsonLogic.apply>[0], data);
}
