#!/usr/bin/env node
import { main } from "./app.js";
import { processIo, quietOnClosedPipe } from "./io.js";

quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
process.exitCode = await main(process.argv.slice(2), processIo());
