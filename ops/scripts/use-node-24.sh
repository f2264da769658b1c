#!/usr/bin/env bash
# Sourced by .ci/run: puts Node.js 24 LTS first on PATH when the machine's Node is older.
# It comes from the npm registry's `node` package, installed once into a cache; native addons
# (argon2) are then built against that Node's own headers, which the package ships.
SAMVERKA_NODE_MAJOR=24
samverka_node_cache="${SAMVERKA_CACHE_DIR:-/var/cache/samverka}/node-${SAMVERKA_NODE_MAJOR}"
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt "$SAMVERKA_NODE_MAJOR" ]; then
  if [ ! -x "$samverka_node_cache/node_modules/node/bin/node" ]; then
    printf '\n== installing Node.js %s from the npm registry into %s\n' "$SAMVERKA_NODE_MAJOR" "$samverka_node_cache"
    mkdir -p "$samverka_node_cache"
    npm install --prefix "$samverka_node_cache" --no-save --no-audit --no-fund --no-package-lock "node@${SAMVERKA_NODE_MAJOR}" >/dev/null
  fi
  export PATH="$samverka_node_cache/node_modules/node/bin:$PATH"
  samverka_node_headers="$(find "$samverka_node_cache/node_modules" -path '*/include/node/node_api.h' -print -quit)"
  export npm_config_nodedir="${samverka_node_headers%/include/node/node_api.h}"
fi
printf '\n== Node.js %s, npm %s\n' "$(node --version)" "$(npm --version)"
