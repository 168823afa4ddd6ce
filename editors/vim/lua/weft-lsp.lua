-- Neovim (0.7+): `weft lsp` for Weft scripts through the built-in LSP client.
--
-- Put editors/vim on the runtimepath (its ftdetect/weft.vim marks Weft scripts with b:weft and
-- fires `User WeftBuffer`), then in init.lua:
--
--   require('weft-lsp').setup()          -- or .setup({ cmd = { '/path/to/weft', 'lsp' } })
--
-- Diagnostics, hover (vim.lsp.buf.hover), go to definition (vim.lsp.buf.definition, and CTRL-]
-- through 'tagfunc'), completion (CTRL-X CTRL-O) and document symbols then come from Weft.
local M = {}

local clients = {} -- root folder -> client id

-- The folder holding the nearest .weft marker (else .git), else the file's own folder.
local function root_dir(bufnr)
  local dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h')
  local up = vim.fn.fnameescape(dir) .. ';'
  local marker = vim.fn.findfile('.weft', up)
  if marker ~= '' then return vim.fn.fnamemodify(marker, ':p:h') end
  local git = vim.fn.finddir('.git', up)
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end -- ':p' of a folder ends in '/'
  return dir
end

function M.start(bufnr, opts)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  opts = opts or {}
  local root = root_dir(bufnr)
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client({
      name = 'weft',
      cmd = opts.cmd or { 'weft', 'lsp' },
      root_dir = root,
    })
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
    vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc'
    vim.bo[bufnr].tagfunc = 'v:lua.vim.lsp.tagfunc'
  end
  return id
end

function M.setup(opts)
  local group = vim.api.nvim_create_augroup('weft_lsp', { clear = true })
  vim.api.nvim_create_autocmd('User', {
    group = group,
    pattern = 'WeftBuffer',
    callback = function() M.start(vim.api.nvim_get_current_buf(), opts) end,
  })
  -- Buffers detected before setup() ran.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.b[bufnr].weft == 1 then M.start(bufnr, opts) end
  end
end

return M
