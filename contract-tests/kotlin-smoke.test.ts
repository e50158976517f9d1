/**
 * The Android app's client, generated/clients/kotlin, built with Maven from its generated pom.xml
 * and exercised by a JUnit test (codegen/kotlin-smoke) against this live gateway. Maven's
 * downloads happen in .ci/clients before the suite, so here it only compiles and runs.
 */
import t from 'tap'
import { mavenAvailable, runSmoke } from '../codegen/kotlin-smoke/smoke.ts'
import { execEscalated, say } from './support/fake-model.ts'
import { startGateway } from './support/gateway.ts'

// Compiling the client takes a minute on a quiet machine, several on a busy one.
t.setTimeout(10 * 60_000)
const hasMaven = await mavenAvailable()
// Locally a machine without Maven skips with the reason; CI installs it (.ci/clients), so there it must run.
const skip = !hasMaven && process.env.CI !== 'true' ? 'mvn is not installed here (apt-get install -y maven); CI runs this test' : false

t.test('the generated Kotlin client lists projects, chats, answers an approval and reads the history', { skip }, async t => {
  t.ok(hasMaven, 'mvn is installed')
  const gw = await startGateway(t, { model: [execEscalated('touch kotlin.txt'), say('kotlin done')] })
  const result = await runSmoke({ GATEWAY_URL: gw.url, GATEWAY_TOKEN: gw.token, GATEWAY_CWD: gw.repo }, { timeoutMs: 9 * 60_000 })
  if (result.code !== 0) t.comment(result.output.slice(-15_000))
  t.equal(result.code, 0, 'mvn test passed')
  t.same(result.tests, { run: 1, failures: 0, errors: 0, skipped: 0 }, 'the JUnit test ran against the gateway, not skipped')
})
