#!/usr/bin/env bash
# Fetch the pinned openapi-generator-cli JAR from Maven Central (by Maven coordinates,
# through the ordinary `mvn` client) into the storageDir named by openapitools.json,
# as <storageDir>/<version>.jar, the exact file name @openapitools/openapi-generator-cli
# (the npm wrapper) looks for, so neither the wrapper nor codegen/clients.ts ever
# downloads anything at run time. Idempotent: does nothing if the JAR is already there.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
config="$root/openapitools.json"

json_field() { # json_field <key> — reads generator-cli.<key> from openapitools.json
  sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p" "$config" | head -n1
}

version="$(json_field version)"
storage_rel="$(json_field storageDir)"
if [[ -z "$version" || -z "$storage_rel" ]]; then
  echo "fetch-generator: could not read generator-cli.version / storageDir from $config" >&2
  exit 1
fi
storage="$root/$storage_rel"
jar="$storage/$version.jar"

jar_ok() { # a non-empty file that (where unzip exists) is a valid zip
  [[ -s "$1" ]] || return 1
  if command -v unzip >/dev/null; then unzip -tq "$1" >/dev/null 2>&1; fi
}

if jar_ok "$jar"; then
  echo "fetch-generator: $storage_rel/$version.jar present"
  exit 0
fi

command -v mvn >/dev/null || { echo "fetch-generator: mvn not found (apt-get install -y maven)" >&2; exit 1; }
command -v java >/dev/null || { echo "fetch-generator: java not found (apt-get install -y openjdk-17-jre-headless)" >&2; exit 1; }

mkdir -p "$storage"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact="org.openapitools:openapi-generator-cli:$version" \
  -DoutputDirectory="$tmp"
jar_ok "$tmp/openapi-generator-cli-$version.jar" || { echo "fetch-generator: download is not a valid JAR" >&2; exit 1; }
mv -f "$tmp/openapi-generator-cli-$version.jar" "$jar"
echo "fetch-generator: fetched openapi-generator-cli $version -> $storage_rel/$version.jar"
