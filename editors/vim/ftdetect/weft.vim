" Weft scripts are Go files that `weft` runs. They are recognised by a `#!...weft` first line
" (whatever the file name) or, for *.go files, by a `.weft` marker file in their folder or a
" parent folder. They get Go's filetype (syntax, indent), b:weft = 1 and the weft compiler
" (:make runs the script, :make check type-checks it, :make --race runs it under the race
" detector), and fire `User WeftBuffer` for the Neovim LSP client (lua/weft-lsp.lua).

function! s:WeftBuffer() abort
  let b:weft = 1
  compiler weft
  if exists('#User#WeftBuffer')
    doautocmd <nomodeline> User WeftBuffer
  endif
endfunction

augroup weft_ftdetect
  autocmd!
  autocmd BufNewFile,BufRead *
        \ if getline(1) =~# '^#!.*\<weft\>' && !exists('b:weft') |
        \   setfiletype go | call s:WeftBuffer() |
        \ endif
  autocmd BufNewFile,BufRead *.go
        \ if !exists('b:weft') &&
        \    !empty(findfile('.weft', escape(expand('<afile>:p:h'), ' \,;*?[') . ';')) |
        \   call s:WeftBuffer() |
        \ endif
augroup END
