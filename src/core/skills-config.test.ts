import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import type { AppServer } from '../codex/app-server.ts'
import { GatewayError } from '../errors.ts'
import { readSkillsConfig, writeSkillsConfig } from './skills-config.ts'

/** A Codex without a skills config (an older app-server): config/read has no skills, skills/config/write is unknown. */
function codexWithoutSkillsConfig(): AppServer {
  return {
    async request(method: string) {
      if (method === 'config/read') return { config: { model: 'x' } }
      if (method === 'skills/list') return { data: [] }
      throw new GatewayError('CODEX_ERROR', `Invalid request: unknown variant \`${method}\``)
    },
  } as unknown as AppServer
}

t.test('a Codex without skills/config/write keeps the config in $CODEX_HOME/skills/config.json', async t => {
  const home = t.testdir({})
  const codex = codexWithoutSkillsConfig()
  t.same(await readSkillsConfig(codex, '/w', home), { enabled: [], disabled: [] }, 'no file yet: empty lists')
  await writeSkillsConfig(codex, '/w', home, { enabled: [{ name: 'format', path: '/s/format/SKILL.md' }], disabled: [{ path: '/s/lint/SKILL.md' }] })
  const expected = { enabled: [{ name: 'format', path: '/s/format/SKILL.md' }], disabled: [{ name: 'lint', path: '/s/lint/SKILL.md' }] }
  t.same(JSON.parse(await readFile(join(home, 'skills', 'config.json'), 'utf8')), expected)
  t.same(await readSkillsConfig(codex, '/w', home), expected)
})

t.test('other Codex errors are not mistaken for a missing method', async t => {
  const codex = { request: async () => { throw new GatewayError('CODEX_UNAVAILABLE', 'restarting') } } as unknown as AppServer
  await t.rejects(writeSkillsConfig(codex, '/w', t.testdir({}), { disabled: [] }), { code: 'CODEX_UNAVAILABLE' })
})
