#!/usr/bin/env node
import * as nodeModule from "node:module";
import { main } from "./cli/main.js";

// Node 22.1 and later keep the compiled code of the modules a run loads, so that the next run
// does not compile them again: every chunk a command imports loads after this call. Node 20 has
// no such cache (the call is skipped).
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
});
