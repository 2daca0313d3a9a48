import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { Deployment, Located } from "../../src/base/deployment.js";
import type { Adaptation } from "../../src/adapt/kit.js";
import { parseYamlFile, type YamlDocument } from "../../src/parse/yaml-file.js";

/** `__tests__/fixtures`. */
export const FIXTURES_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

export type Adapter = (document: YamlDocument, file: string, absolutePath: string) => Adaptation | null;

/** A located value as [value, line, path]: what a reader checks. */
export function at<T>(l: Located<T> | undefined): [T, number, string] | undefined {
  return l ? [l.value, l.range.line, l.path] : undefined;
}

/**
 * One reader's fixtures in `__tests__/fixtures/<dir>`, read as a repository would hold them at
 * `manifests/<name>`; inline texts as `inline.yaml` at `/repo/k8s/inline.yaml`. Every text must be
 * valid YAML: a syntax error in a fixture fails the test rather than hiding in the reader.
 */
export function fixtureReader(adapter: Adapter, dir: string) {
  const fixtures = join(FIXTURES_ROOT, dir);
  const documentsOf = (name: string): YamlDocument[] => {
    const file = parseYamlFile(name, readFileSync(join(fixtures, name), "utf8"));
    expect(file.findings).toEqual([]);
    return file.documents;
  };
  const adaptFixture = (name: string, index = 0): Adaptation | null => {
    const doc = documentsOf(name)[index];
    if (!doc) throw new Error(`no document ${index} in ${name}`);
    return adapter(doc, `manifests/${name}`, join(fixtures, name));
  };
  const only = (name: string, index = 0): { deployment: Deployment; adaptation: Adaptation } => {
    const adaptation = adaptFixture(name, index);
    expect(adaptation).not.toBeNull();
    expect(adaptation!.deployments).toHaveLength(1);
    return { deployment: adaptation!.deployments[0]!, adaptation: adaptation! };
  };
  const adaptText = (text: string): Adaptation | null => {
    const file = parseYamlFile("inline.yaml", text);
    expect(file.findings).toEqual([]);
    return adapter(file.documents[0]!, "inline.yaml", "/repo/k8s/inline.yaml");
  };
  return { FIXTURES: fixtures, documentsOf, adaptFixture, only, adaptText };
}
