import t from 'tap'
import { turnStartParams } from './workspace-turns.ts'

t.test('text and images become turn/start input, images typed by their form', async t => {
  const params = turnStartParams('th', '/w', { text: 'look', images: ['data:image/png;base64,AAA', 'https://x.test/a.png', '/tmp/a.png'] })
  t.same(params.input, [
    { type: 'text', text: 'look', text_elements: [] },
    { type: 'image', url: 'data:image/png;base64,AAA' },
    { type: 'image', url: 'https://x.test/a.png' },
    { type: 'localImage', path: '/tmp/a.png' },
  ])
  t.same(Object.keys(params).sort(), ['cwd', 'input', 'threadId'], 'current access mode overrides nothing')
})

t.test('access modes map to sandbox and approval overrides', async t => {
  t.match(turnStartParams('th', '/w', { text: 'x', accessMode: 'read-only' }), { approvalPolicy: 'on-request', sandboxPolicy: { type: 'readOnly' } })
  t.match(turnStartParams('th', '/w', { text: 'x', accessMode: 'full-access' }), { approvalPolicy: 'never', sandboxPolicy: { type: 'dangerFullAccess' } })
})

t.test('an empty message and an unusable image are refused', async t => {
  t.throws(() => turnStartParams('th', '/w', { text: ' ', images: [] }), { message: 'empty user message' })
  t.throws(() => turnStartParams('th', '/w', { text: null }), { message: 'empty user message' })
  t.throws(() => turnStartParams('th', '/w', { images: ['relative.png'] }), { code: 'INVALID_REQUEST' })
  t.throws(() => turnStartParams('th', '/w', { images: ['javascript:alert(1)'] }), { code: 'INVALID_REQUEST' })
})
