import t from 'tap'
import { requirementIssues, requirementsOf } from './skills-validate.ts'

t.test('requirements name what is missing on this host', async t => {
  const env = { PATH: process.env.PATH, SET_ONE: 'x', EMPTY_ONE: '' }
  t.same(requirementIssues({ bins: ['sh', 'no-such-bin-q'], env: ['SET_ONE', 'EMPTY_ONE', 'UNSET_ONE'], os: ['macos'] }, env, 'linux'),
    ['unsupported OS: linux', 'missing binary: no-such-bin-q', 'missing env var: EMPTY_ONE', 'missing env var: UNSET_ONE'])
  t.same(requirementIssues({ bins: [], env: [], os: ['MacOS', 'linux'] }, env, 'darwin'), [], 'OS names are matched loosely')
})

t.test('requirements come from the SKILL.md front matter, and a file without one asks for nothing', async t => {
  const dir = t.testdir({
    'with.md': '---\nname: x\ndescription: y\nrequirements:\n  bins: [git]\n  env: [TOKEN]\n---\nbody\n',
    'without.md': 'no front matter\n',
    'bad.md': '---\nrequirements: [unclosed\n---\n',
  })
  t.same(await requirementsOf(`${dir}/with.md`), { bins: ['git'], env: ['TOKEN'], os: [] })
  t.same(await requirementsOf(`${dir}/without.md`), { bins: [], env: [], os: [] })
  t.same(await requirementsOf(`${dir}/bad.md`), { bins: [], env: [], os: [] })
  t.same(await requirementsOf(`${dir}/missing.md`), { bins: [], env: [], os: [] })
})
