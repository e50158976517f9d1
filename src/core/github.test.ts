import t from 'tap'
import { githubRepoOf } from './github.ts'
import { toPullRequestDiffs } from './github-models.ts'

t.test('the repository is read from every github.com remote URL form, and nothing else', async t => {
  for (const url of [
    'https://github.com/octo-org/hello-world.git', 'https://github.com/octo-org/hello-world', 'https://github.com/octo-org/hello-world/',
    'https://user:***@github.com/octo-org/hello-world.git', 'git@github.com:octo-org/hello-world.git', 'github.com:octo-org/hello-world',
    'ssh://git@github.com/octo-org/hello-world.git', 'ssh://git@github.com:22/octo-org/hello-world', 'git://github.com/octo-org/hello-world.git',
    'HTTPS://GitHub.com/octo-org/hello-world.git',
  ]) t.equal(githubRepoOf(url), 'octo-org/hello-world', url)
  t.equal(githubRepoOf('https://github.com/octo-org/my.repo.js.git'), 'octo-org/my.repo.js')
  for (const url of [
    'https://gitlab.com/octo-org/hello-world.git', 'https://github.com.evil.example/octo-org/x', 'https://github.com/octo-org',
    'https://github.com/octo-org/hello/world', 'git@github.com:../etc.git', '/srv/git/hello-world.git', 'https://github.com/-x/--upload-pack=y',
  ]) t.equal(githubRepoOf(url), undefined, url)
  t.equal(githubRepoOf('https://github.com/octo-org/.github'), 'octo-org/.github')
})

t.test('a diff without a trailing newline, with CRLF lines or a binary file still gives one entry per file', async t => {
  const diff = 'diff --git a/img.png b/img.png\r\nindex 1..2 100644\r\nBinary files a/img.png and b/img.png differ\r\ndiff --git a/x b/x\nnew file mode 100644\n--- /dev/null\n+++ b/x\n@@ -0,0 +1 @@\n+x'
  t.same(toPullRequestDiffs(diff).map(file => [file.path, file.status]), [['img.png', 'M'], ['x', 'A']])
  t.same(toPullRequestDiffs(''), [])
})
