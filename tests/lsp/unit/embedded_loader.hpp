// The standard library's Go sources straight from the embedded table (stdlib/embedded.hpp), so
// that LSP tests can check programs without linking the natives and the VM.
#pragma once

#include "lang/check/check.hpp"

namespace weft::lsp_test {

lang::check::PackageLoader embeddedLoader();

}  // namespace weft::lsp_test
