// Fails the build when the committed generated API types differ from what openapi/openapi.yaml produces.
import { readFileSync, rmSync } from 'node:fs';

const [committed, fresh] = process.argv.slice(2);
const same = readFileSync(committed, 'utf8') === readFileSync(fresh, 'utf8');
rmSync(fresh);
if (!same) {
  console.error(`${committed} is out of date with ../openapi/openapi.yaml: run "npm run generate:api" and commit it.`);
  process.exit(1);
}
