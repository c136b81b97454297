// Generates src/api/schema.d.ts from ../api/openapi.yaml with openapi-typescript.
// `npm run build` runs this first, so the typed client cannot drift from the contract.
//
// The spec is hand-written; a plain YAML scalar that contains ": " (e.g. a description
// like "Filter on `active`: true or false") is invalid YAML and stops every standard parser.
// Such description lines are quoted here, with a warning naming them, so the build keeps
// working; the warning means the spec itself should be fixed.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const specPath = fileURLToPath(new URL('../../api/openapi.yaml', import.meta.url))
const outPath = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url))

const lines = readFileSync(specPath, 'utf8').split('\n')
const fixed = []
const repaired = lines.map((line, i) => {
  const m = /^(\s*(?:- )?description: )(.*)$/.exec(line)
  if (!m) return line
  const value = m[2]
  // Quoted, a block scalar, or a flow mapping / sequence (a property named `description`,
  // `description: {type: string}`): valid as it stands.
  if (/^['"|>{[]/.test(value) || !/:\s/.test(value)) return line
  fixed.push(i + 1)
  return `${m[1]}'${value.replaceAll("'", "''")}'`
})
if (fixed.length > 0) {
  console.warn(
    `gen:api: warning: api/openapi.yaml line(s) ${fixed.join(', ')}: a plain description ` +
      'contains ": " (invalid YAML); quoted them for generation. Please quote them in the spec.',
  )
}

// defaultNonNullable: false keeps body fields that have a default (e.g. `kind`) optional.
const ast = await openapiTS(repaired.join('\n'), { alphabetize: false, defaultNonNullable: false })
const header =
  '/**\n * Generated from api/openapi.yaml by `npm run gen:api` (openapi-typescript).\n' +
  ' * Do not edit by hand: change the spec and regenerate.\n */\n\n'
writeFileSync(outPath, header + astToString(ast))
console.log(`gen:api: wrote ${outPath.replace(process.cwd() + '/', '')}`)
