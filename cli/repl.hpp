// The REPL of the `weft` command (cli/repl.cpp): `weft` with no arguments.
#pragma once

namespace weft::cli {

// Runs the REPL on stdin/stdout (readline on a terminal, plain lines otherwise); returns the
// exit status.
int replCommand();

}  // namespace weft::cli
