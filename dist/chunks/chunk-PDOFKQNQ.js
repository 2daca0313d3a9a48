import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/base/findings.ts
var SEVERITIES = ["error", "warning", "notice"];
function severityRank(severity) {
  return 3 - SEVERITIES.indexOf(severity);
}
var FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
function sameRange(a, b) {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn && a.file === b.file;
}

export {
  severityRank,
  FILE_START,
  compareFindings,
  sameRange
};
