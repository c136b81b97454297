// The lint and format checks catch what they should: planted violations in a .ts and a .vue
// file under src/ fail ESLint (with this project's config), badly laid-out code fails
// Prettier's check, clean code passes both, and no source folder is ignored by mistake.
// Run: node --test scripts/lint.test.mjs (npm run lint:selftest; make test runs it).
import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import * as prettier from 'prettier'

const webDir = fileURLToPath(new URL('..', import.meta.url))
const eslint = new ESLint({ cwd: webDir })

async function ruleIds(code, file) {
  const [result] = await eslint.lintText(code, { filePath: path.join(webDir, file) })
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId)
}

async function formatted(code, file) {
  const filepath = path.join(webDir, file)
  const options = await prettier.resolveConfig(filepath)
  return prettier.check(code, { ...options, filepath })
}

const cleanTs = `export function total(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0)
}
`

const cleanVue = `<script setup lang="ts">
defineProps<{ names: string[] }>()
</script>

<template>
  <ul>
    <li v-for="name in names" :key="name">{{ name }}</li>
  </ul>
</template>
`

test('ESLint fails planted violations in TypeScript', async () => {
  const ids = await ruleIds(
    `export function f(x: any): number {
  const unused = 1
  return x
}
`,
    'src/planted.ts',
  )
  assert.ok(ids.includes('@typescript-eslint/no-explicit-any'), ids.join())
  assert.ok(ids.includes('@typescript-eslint/no-unused-vars'), ids.join())
})

test('ESLint fails planted violations in a Vue component', async () => {
  const ids = await ruleIds(
    `<script setup lang="ts">
const props = defineProps<{ names: string[]; form: { name: string } }>()
</script>

<template>
  <ul>
    <li v-for="name in names">{{ name }}</li>
  </ul>
  <input v-model="props.form.name" />
</template>
`,
    'src/features/planted/Planted.vue',
  )
  assert.ok(ids.includes('vue/require-v-for-key'), ids.join())
  assert.ok(ids.includes('vue/no-mutating-props'), ids.join())
})

test('clean code passes ESLint and Prettier', async () => {
  assert.deepEqual(await ruleIds(cleanTs, 'src/clean.ts'), [])
  assert.deepEqual(await ruleIds(cleanVue, 'src/features/clean/CleanList.vue'), [])
  assert.equal(await formatted(cleanTs, 'src/clean.ts'), true)
  assert.equal(await formatted(cleanVue, 'src/features/clean/CleanList.vue'), true)
})

test('Prettier fails badly laid-out code', async () => {
  assert.equal(await formatted('export const a = {b:1,  c:"two"};\n', 'src/planted.ts'), false)
  assert.equal(await formatted(cleanVue.replace('  <ul>', '<ul>'), 'src/features/planted/Planted.vue'), false)
})

test('sources, tests and scripts are checked, generated files are not', async () => {
  for (const file of [
    'src/main.ts',
    'src/features/people/accounts/UsersView.vue',
    'e2e/app.test.mjs',
    'eslint.config.js',
  ]) {
    assert.equal(await eslint.isPathIgnored(path.join(webDir, file)), false, `eslint checks ${file}`)
    const info = await prettier.getFileInfo(path.join(webDir, file), {
      ignorePath: path.join(webDir, '.prettierignore'),
    })
    assert.equal(info.ignored, false, `prettier checks ${file}`)
  }
  assert.equal(await eslint.isPathIgnored(path.join(webDir, 'src/api/schema.d.ts')), true)
  assert.equal(await eslint.isPathIgnored(path.join(webDir, 'dist/assets/index.js')), true)
})
