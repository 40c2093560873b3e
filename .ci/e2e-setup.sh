#!/usr/bin/env bash
# Installs what the end-to-end suite needs, without anything but Debian's packages and the npm registry:
#   - Debian: chromium (drives code-server's workbench), libkrb5-dev (code-server's `kerberos` module),
#     ripgrep (stands in for the binary @vscode/ripgrep would download), neovim (the second LSP client);
#   - code-server 4.100.3 (= VS Code 1.100.3, the last line that runs on Node 20), installed by hand because
#     its own postinstall refuses root and downloads ripgrep. Recipe: shared/notes/real-vscode-offline.md.
# code-server is cached in ${HDS_E2E_CACHE:-$HOME/.cache/hds-studio-e2e} and reused when it still starts.
# Prints the code-server entry point on its last line (the launcher finds it by itself too).
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${HDS_E2E_CACHE:-$HOME/.cache/hds-studio-e2e}"
PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
ENTRY="$PREFIX/node_modules/code-server/out/node/entry.js"

log() { echo "[e2e-setup] $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages -------------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
command -v nvim >/dev/null || missing+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The Neovim script needs the built-in LSP client (Neovim 0.5+; Debian 12 ships 0.7).
nvim --headless -u NONE -c 'lua if vim.lsp == nil or vim.lsp.start_client == nil then vim.cmd("cquit 1") end' -c 'qa!' \
  || { log "$(nvim --version | head -1) has no built-in LSP client (needs 0.5+)"; exit 1; }

# --- code-server -----------------------------------------------------------------------------------
works() { [ -f "$ENTRY" ] && timeout 60 node "$ENTRY" --help >/dev/null 2>&1; }

if works; then
  log "code-server $CODE_SERVER_VERSION cached in $PREFIX"
else
  log "installing code-server $CODE_SERVER_VERSION into $PREFIX (about 2 minutes)"
  rm -rf "$PREFIX"
  mkdir -p "$PREFIX"
  cd "$PREFIX"
  echo '{"name":"hds-e2e-code-server","private":true}' > package.json
  npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  (
    cd node_modules/code-server/lib/vscode
    npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
    # An existing bin/ makes @vscode/ripgrep's postinstall skip its download.
    mkdir -p node_modules/@vscode/ripgrep/bin
    ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    # node-pty's build runs `npx node-gyp`, which must not stop to ask.
    npm_config_yes=true npm rebuild --loglevel=error
    # The rest of code-server's postinstall.sh.
    ln -sfn node_modules node_modules.asar
    (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
    (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
    # (its postinstall lists every file it prunes: keep stdout quiet, errors still show)
    (cd extensions && npm install --omit=dev --no-audit --no-fund --loglevel=error >/dev/null)
  )
  npm_config_yes=true npm rebuild argon2 --loglevel=error
  works || { log "code-server installed in $PREFIX but 'entry.js --help' fails"; exit 1; }
  log "code-server ready"
fi
echo "$ENTRY"
