#!/usr/bin/env bash
# What the test suite needs outside Python: Debian's Chromium for the browser tests.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "test-deps: chromium is missing; install Debian's chromium package" >&2
    fi
fi
