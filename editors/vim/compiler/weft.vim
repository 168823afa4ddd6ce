" Vim compiler file for Weft (the `weft` command, which runs Go scripts).
"
"   :compiler weft      (set automatically for Weft scripts by ftdetect/weft.vim)
"   :make               run the current file:           weft prog.go
"   :make check         type-check only:                weft check prog.go
"   :make --race        run under the race detector:    weft --race prog.go
"
" The quickfix list gets:
"   * diagnostics         prog.go:3:5: undefined: x   (and the `\tprog.go:2:2: other
"                                                       declaration of x` lines that follow)
"   * panics and fatal errors, at the innermost frame of the goroutine's trace
"   * race reports ("WARNING: DATA RACE"), at the first access's innermost frame
" Everything else the script prints is left out of the list.

if exists('current_compiler')
  finish
endif
let current_compiler = 'weft'

if exists(':CompilerSet') != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

let s:weft = get(g:, 'weft_command', 'weft')
execute 'CompilerSet makeprg=' . escape(s:weft . ' $* %:S', ' \|"')

" Diagnostics are one line each (a redeclaration's "other declaration" line is indented by a
" tab). A panic or race entry stays open (%E, with the %-C lines left out of its message) until
" the first frame of its trace (%Z), whose place it takes; an inlined frame has no +0x offset.
let s:efm = [
      \ '%f:%l:%c: %m',
      \ '%*[ \t]%f:%l:%c: %m',
      \ '%Epanic: %m',
      \ '%Efatal error: %m',
      \ '%EWARNING: %m',
      \ '%Z%*[ \t]%f:%l +0x%*[0-9a-f]',
      \ '%Z%*[ \t]%f:%l',
      \ '%-C%.%#',
      \ '%-G%.%#',
      \ ]
execute 'CompilerSet errorformat=' . escape(join(s:efm, ','), ' \|"')

let &cpo = s:cpo_save
unlet s:cpo_save
