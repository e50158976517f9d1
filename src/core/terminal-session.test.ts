import t from 'tap'
import { clampDimension, defaultShell } from './terminal-session.ts'

t.test('sizes are clamped to what the kernel takes: 1 to 65535', async t => {
  t.same([0, 1, 80, 65_535, 65_536, 4_294_967_295, 2.7, Number.NaN].map(clampDimension), [1, 1, 80, 65_535, 65_535, 65_535, 2, 1])
})

t.test('the shell is $SHELL when it is an executable absolute path, else bash from PATH, else /bin/sh', async t => {
  t.equal(defaultShell({ SHELL: '/bin/sh', PATH: '' }), '/bin/sh')
  t.match(defaultShell({ SHELL: 'bash', PATH: '/usr/bin:/bin' }), /\/bash$/, 'a relative $SHELL is not trusted')
  t.equal(defaultShell({ SHELL: '/no/such/shell', PATH: '/no/such/dir' }), '/bin/sh')
})
