import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { loadDotEnv, lookupEnv } from './env-file.ts'

t.test('.env.local overrides .env, and a later directory overrides an earlier one', async t => {
  const root = t.testdir({
    work: { '.env': 'A=work-env\nB=work-env\nC=work-env\n', '.env.local': 'B=work-local\n' },
    data: { '.env': 'C=data-env\n' },
  })
  t.same(await loadDotEnv([join(root, 'work'), join(root, 'data')]), { A: 'work-env', B: 'work-local', C: 'data-env' })
})

t.test('quotes, export prefixes, comments and CRLF line ends are parsed like dotenv', async t => {
  const dir = t.testdir({
    '.env': '# a comment\r\nexport KEY=sk-1\r\nQUOTED="two words" # trailing\r\nSINGLE=\'x#y\'\r\nEQ=a=b\r\nEMPTY=\r\n',
  })
  t.same(await loadDotEnv([dir]), { KEY: 'sk-1', QUOTED: 'two words', SINGLE: 'x#y', EQ: 'a=b', EMPTY: '' })
})

t.test('missing files and missing directories are skipped', async t => {
  const dir = t.testdir({ '.env.local': 'ONLY=local\n' })
  t.same(await loadDotEnv([join(dir, 'nowhere'), dir]), { ONLY: 'local' })
})

t.test('an env file that exists but cannot be read is an error, not silently ignored', async t => {
  const dir = t.testdir({})
  await mkdir(join(dir, '.env'))
  await t.rejects(loadDotEnv([dir]), { code: 'EISDIR' })
})

t.test('the explicit environment wins over files, but an empty value does not hide a file value', async t => {
  const files = { KEY: 'from-file', OTHER: 'from-file' }
  t.equal(lookupEnv('KEY', { KEY: 'from-env' }, files), 'from-env')
  t.equal(lookupEnv('KEY', { KEY: '' }, files), 'from-file')
  t.equal(lookupEnv('OTHER', {}, files), 'from-file')
  t.equal(lookupEnv('NONE', { NONE: '' }, { NONE: '' }), undefined)
})
