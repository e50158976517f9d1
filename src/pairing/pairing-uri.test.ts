import t from 'tap'
import { buildPairingUri, terminalQr } from './pairing-uri.ts'
import { startPairing } from './pairing-fixture.ts'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

t.test('the QR data URL is a PNG image', async t => {
  const { service } = startPairing(t)
  const { qrDataUrl } = await service.request()
  const [head, base64] = qrDataUrl.split(',')
  t.equal(head, 'data:image/png;base64')
  t.same(Buffer.from(base64, 'base64').subarray(0, 8), PNG_SIGNATURE)
})

t.test('the pairing URI round-trips through URL parsing with every field', async t => {
  const { service } = startPairing(t, { publicUrl: { scheme: 'http', host: 'fe80::1%en0', port: 8443 } })
  const pairing = await service.request()
  const url = new URL(pairing.pairingUri)
  t.equal(url.protocol, 'codexremote:')
  t.equal(url.host, 'pair')
  t.same(Object.fromEntries(url.searchParams), { host: 'fe80::1%en0', port: '8443', pairingId: pairing.pairingId, nonce: pairing.nonce, scheme: 'http' })
  t.equal(pairing.scheme, 'http')
})

t.test('values that need escaping are URL-encoded', async t => {
  const uri = buildPairingUri({ scheme: 'https', host: 'a&b=c d', port: 1, pairingId: 'p', nonce: 'n+/=' })
  t.match(uri, 'host=a%26b%3Dc+d')
  t.equal(new URL(uri).searchParams.get('nonce'), 'n+/=')
})

t.test('the terminal QR is block characters the gateway can print', async t => {
  const text = await terminalQr('codexremote://pair?host=h')
  t.match(text, /[▄▀█]/)
  t.ok(text.split('\n').length > 10)
})
