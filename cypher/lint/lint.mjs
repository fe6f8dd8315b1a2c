// Checks Cypher with Neo4j's own front end (@neo4j-cypher/language-support),
// offline. Reads a JSON array of {name, text, console} on stdin, where
// console allows cypher-shell commands such as :param; prints a JSON array of
// problems {name, severity, message, line, character}: severity 1 is an
// error, 2 a warning. Undefined $parameters are not problems: the loader and
// the query library pass them at run time.
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;

const problems = [];
for (const { name, text, console: commands } of JSON.parse(input)) {
  const { diagnostics } = lintCypherQuery(text, {}, { consoleCommandsEnabled: Boolean(commands) });
  for (const d of diagnostics.filter(isNotParamError)) {
    problems.push({
      name,
      severity: d.severity,
      message: d.message,
      line: d.range.start.line + 1,
      character: d.range.start.character + 1,
    });
  }
}
process.stdout.write(JSON.stringify(problems));
