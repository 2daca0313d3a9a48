import type { Rule } from "../rule.js";

/** Raised by the parse stage (src/parse/yaml-file.ts); listed here for its id, severity and documentation. */
export const yamlSyntax: Rule = {
  id: "yaml-syntax",
  defaultSeverity: "error",
  summary: "The file is not valid YAML, or is refused as unsafe to read.",
  description:
    "Checks that every document of a manifest parses as YAML: no syntax errors, no tabs used for indentation, no duplicate keys " +
    "(YAML readers disagree on which copy wins), no document nested more than 64 levels deep or expanding more than 100 aliases " +
    "(a \"YAML bomb\"), and no alias inside the node it names (a value that contains itself). It also reports a file that is " +
    "refused before it is parsed, because a pull request can hold anything: a symlink that leads outside the repository, a named pipe, " +
    "device or socket, a file over the size limit (maxFileSizeBytes, 2 MB by default) or holding more than 5,000 documents or " +
    "50,000 lines, commas and brackets, a binary file, or text that is not valid UTF-8, UTF-16 or UTF-32 (all three are read, " +
    "with or without a byte order mark). A document that does not parse is not checked by any other rule, so its problems stay " +
    "hidden until this is fixed. Fix the YAML at the reported line; the message says what the parser expected.",
};
