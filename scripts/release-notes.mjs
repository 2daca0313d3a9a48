// `node scripts/release-notes.mjs vX.Y.Z`: checks that a release tag may be released and prints its
// notes, for .github/workflows/release.yml. The tag must be `v` + a semantic version without a
// pre-release part, equal to package.json's version, and CHANGELOG.md must have a section
// `## [X.Y.Z]` (a ` - YYYY-MM-DD` after it is allowed) that is not empty: its body, without the
// link definitions, is printed on stdout. Any other case exits 1 with the reason on stderr.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The notes of `tag`, or an Error saying why it cannot be released. */
export function releaseNotes(tag, packageVersion, changelog) {
  const match = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag);
  if (!match) return new Error(`tag ${JSON.stringify(tag)} is not vMAJOR.MINOR.PATCH (such as v1.2.3)`);
  const version = tag.slice(1);
  if (version !== packageVersion) {
    return new Error(`tag ${tag} is not the version in package.json (${packageVersion}): set "version": "${version}" and tag that commit`);
  }
  const lines = changelog.replace(/\r\n?/g, "\n").split("\n");
  const heading = new RegExp(`^## \\[${version.replace(/\./g, "\\.")}\\](?: - \\d{4}-\\d{2}-\\d{2})?\\s*$`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return new Error(`CHANGELOG.md has no section "## [${version}]": add one with what changed`);
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((line) => !/^\[[^\]]+\]: /.test(line))
    .join("\n")
    .trim();
  if (body === "") return new Error(`CHANGELOG.md's section "## [${version}]" is empty`);
  return { version, major: `v${match[1]}`, notes: `${body}\n` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tag = process.argv[2] ?? "";
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  const result = releaseNotes(tag, pkg.version, readFileSync("CHANGELOG.md", "utf8"));
  if (result instanceof Error) {
    process.stderr.write(`release: ${result.message}\n`);
    process.exit(1);
  }
  process.stdout.write(result.notes);
}
