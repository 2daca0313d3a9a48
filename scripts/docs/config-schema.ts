import type { Rule } from "../../src/evaluate/rule.js";

/**
 * schemas/config.schema.json with its list of rule ids taken from the rule registry, so that a new
 * rule is accepted in `.llm-physics.yml` (and completed by editors) without typing its id twice.
 * __tests__/rules-doc.test.ts keeps the file equal to this; UPDATE_DOCS=1 rewrites it.
 */

export const CONFIG_SCHEMA_PATH = "schemas/config.schema.json";

interface ConfigSchema {
  properties: { rules: { propertyNames: { enum: string[] } } };
}

/** The schema text `current` with `properties.rules.propertyNames.enum` set to the rules' ids, in registry order. */
export function renderConfigSchema(current: string, rules: readonly Rule[]): string {
  const schema = JSON.parse(current) as ConfigSchema;
  schema.properties.rules.propertyNames.enum = rules.map((rule) => rule.id);
  return JSON.stringify(schema, null, 2) + "\n";
}
