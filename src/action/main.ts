// Entry point of the GitHub Action (bundled to dist/index.js, run by the runner's node24).
import * as core from "@actions/core";
import { oneLine } from "../format/escape.js";
import { runAction } from "./run.js";

runAction().catch((e: unknown) => {
  core.setFailed(`agentpolicy: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}`);
});
