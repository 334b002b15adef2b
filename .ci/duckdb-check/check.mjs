// CI check: DuckDB, a reader outside the JVM, reads every table of a run's output with the
// column types documented in output-types.tsv (the README's Output section points there).
// Usage: node check.mjs OUTPUT_DIR
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const output = process.argv[2];
if (!output || process.argv.length > 3) {
  console.error('usage: node check.mjs OUTPUT_DIR');
  process.exit(2);
}
if (!existsSync(join(output, '_manifest.json'))) {
  console.error(`duckdb-check: not a run's output (no _manifest.json): ${output}`);
  process.exit(1);
}

// table -> [[column, duckdb type], ...] in the documented order
const documented = new Map();
const typesFile = new URL('../../output-types.tsv', import.meta.url);
const [header, ...rows] = readFileSync(typesFile, 'utf8').split('\n').filter((line) => line.trim() !== '');
const fields = header.split('\t');
for (const row of rows) {
  const values = Object.fromEntries(row.split('\t').map((value, i) => [fields[i], value]));
  if (!documented.has(values.table)) documented.set(values.table, []);
  documented.get(values.table).push([values.column, values.duckdb]);
}

const failures = [];
// Every Parquet table of the output is documented (model/ and report/ are not tables).
const tables = readdirSync(output, { withFileTypes: true })
  .filter((entry) => entry.isDirectory()
    && readdirSync(join(output, entry.name)).some((file) => file.endsWith('.parquet')))
  .map((entry) => entry.name);
for (const table of tables) {
  if (!documented.has(table)) failures.push(`${table}: a table output-types.tsv does not document`);
}

const connection = await (await DuckDBInstance.create(':memory:')).connect();
for (const [table, columns] of documented) {
  const files = join(output, table, '*.parquet').replaceAll("'", "''");
  try {
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${files}')`);
    const found = described.getRowObjects().map((r) => [r.column_name, r.column_type]);
    if (JSON.stringify(found) !== JSON.stringify(columns)) {
      failures.push(`${table}: columns ${JSON.stringify(found)}, documented ${JSON.stringify(columns)}`);
      continue;
    }
    // Every value read, not only the footers.
    const read = await connection.runAndReadAll(`SELECT * FROM read_parquet('${files}')`);
    console.log(`duckdb-check: ${table}: ${read.currentRowCount} rows, ${columns.length} columns as documented`);
  } catch (e) {
    failures.push(`${table}: ${e.message.split('\n')[0]}`);
  }
}
for (const failure of failures) console.error(`duckdb-check: ${failure}`);
process.exit(failures.length === 0 ? 0 : 1);
