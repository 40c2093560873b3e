-- A second, independent LSP client: Neovim's built-in one, headless, against the standalone server
-- (`node dist/server.js --stdio`). Opens a broken and a clean declaration file, collects the diagnostics
-- Neovim received, asks for completion after typing "8.2" in a risk's controls, and writes all of it as
-- JSON to $HDS_OUT. It asserts nothing: neovim.test.ts does. Run by neovim.test.ts as
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/neovim/lsp.lua'
-- with HDS_SERVER (path to dist/server.js), HDS_WORKSPACE (folder), HDS_AS_OF (date), HDS_OUT (JSON file).
local server = assert(os.getenv('HDS_SERVER'), 'HDS_SERVER')
local root = assert(os.getenv('HDS_WORKSPACE'), 'HDS_WORKSPACE')
local out_file = assert(os.getenv('HDS_OUT'), 'HDS_OUT')
local as_of = assert(os.getenv('HDS_AS_OF'), 'HDS_AS_OF')
local TIMEOUT_MS = 30000

local out = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, diagnostics = {}, errors = {} }

local function finish()
  local file = assert(io.open(out_file, 'w'))
  file:write(vim.json.encode(out))
  file:close()
  vim.cmd('qa!')
end

local function fail(message)
  table.insert(out.errors, message)
  finish()
end

local config = {
  name = 'hds',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
  -- Answers the server's workspace/configuration requests for the section "hds".
  settings = { hds = { asOf = as_of } },
  init_options = { settings = { asOf = as_of } },
  flags = { debounce_text_changes = 0 },
}

-- vim.lsp.start (Neovim 0.8+) finds or starts the client and attaches the buffer; Debian 12 ships 0.7,
-- where the same is start_client + buf_attach_client.
local client_id
local function attach(bufnr)
  if vim.lsp.start then
    client_id = vim.lsp.start(config, { bufnr = bufnr })
  else
    client_id = client_id or vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
end

local function open(relative)
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. relative))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'yaml'
  attach(bufnr)
  return bufnr
end

local function diagnostics_of(bufnr)
  local list = {}
  for _, item in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = item.user_data and item.user_data.lsp or {}
    table.insert(list, {
      code = item.code or lsp.code,
      source = item.source or lsp.source,
      line = item.lnum,
      character = item.col,
      severity = item.severity,
      message = item.message,
    })
  end
  return list
end

local ok, problem = pcall(function()
  local broken = open('broken/risks.hds.yaml')
  local clean = open('risks.hds.yaml')
  local client = vim.lsp.get_client_by_id(client_id)
  if not vim.wait(TIMEOUT_MS, function() return client.initialized end, 50) then
    error('the server did not finish initializing within ' .. TIMEOUT_MS .. ' ms')
  end
  if not vim.wait(TIMEOUT_MS, function() return #vim.diagnostic.get(broken) > 0 end, 50) then
    error('no diagnostics for broken/risks.hds.yaml within ' .. TIMEOUT_MS .. ' ms')
  end
  -- The server checks the whole workspace at once; leave a late publication the time to arrive.
  vim.wait(1000, function() return false end, 50)
  out.diagnostics['broken/risks.hds.yaml'] = diagnostics_of(broken)
  out.diagnostics['risks.hds.yaml'] = diagnostics_of(clean)

  -- Type "8.2" in place of R-01's "8.13", the cursor before the closing quote.
  vim.api.nvim_set_current_buf(clean)
  local lines = vim.api.nvim_buf_get_lines(clean, 0, -1, false)
  for index, line in ipairs(lines) do
    local start = line:find('"8.13"', 1, true)
    if start then
      vim.api.nvim_buf_set_lines(clean, index - 1, index, false, { (line:gsub('"8%.13"', '"8.2"', 1)) })
      local params = { textDocument = { uri = vim.uri_from_bufnr(clean) }, position = { line = index - 1, character = start + 3 } }
      local responses, err = vim.lsp.buf_request_sync(clean, 'textDocument/completion', params, TIMEOUT_MS)
      if not responses then error('completion request failed: ' .. tostring(err)) end
      out.completion = {}
      for _, response in pairs(responses) do
        if response.error then error('completion error: ' .. vim.inspect(response.error)) end
        local items = response.result and (response.result.items or response.result) or {}
        for _, item in ipairs(items) do table.insert(out.completion, item.label) end
      end
      break
    end
  end
  if not out.completion then error('risks.hds.yaml has no "8.13" to retype') end
end)
if not ok then fail(tostring(problem)) else finish() end
