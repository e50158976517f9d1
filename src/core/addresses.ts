import { networkInterfaces } from 'node:os'

/** Whether only this computer can reach an address (IPv4-mapped IPv6 included). */
export function isLoopback(host: string): boolean {
  const plain = host.replace(/^::ffff:/, '')
  return plain === 'localhost' || plain === '::1' || /^127\./.test(plain)
}

/** The host a phone should use: the bound address, or this computer's first external IPv4 for a wildcard bind. */
export function advertisedHost(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host
  for (const addresses of Object.values(networkInterfaces())) {
    const external = addresses?.find(a => a.family === 'IPv4' && !a.internal)
    if (external) return external.address
  }
  return '127.0.0.1'
}
