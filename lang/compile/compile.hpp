// The bytecode compiler's interface: a checked Go program in, a vm::Program out.
//
// Usage:
//
//   #include "lang/compile/compile.hpp"
//   #include "vm/machine.hpp"
//
//   auto built = weft::compile::build("/abs/path/prog.go", source);
//   if (!built.program) {                      // syntax, type or compile errors
//     for (auto& d : built.diagnostics) std::cerr << d.str() << "\n";
//     return 1;
//   }
//   weft::vm::Machine machine(built.program, options);   // vm/machine.hpp
//   return machine.run();
//
//   std::cout << weft::vm::disassemble(*built.program);  // `weft disasm`
//
// `build` runs the whole front end (lang::check::checkProgram with the standard library's
// package sources, then compileProgram). The
// filename should be absolute: runtime tracebacks print it as given.
// Thread safety: `build` and `compileProgram` touch no shared state; a Program is immutable
// and may be shared by several Machines and threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "lang/diagnostic.hpp"
#include "vm/native.hpp"
#include "vm/program.hpp"

namespace weft::lang::check {
class Program;  // lang/check/check.hpp: the checked packages
}

namespace weft::compile {

struct Options {
  // Where calls to body-less (native) functions are bound. Null: the standard library's
  // registry (stdlib/registry.hpp).
  const vm::NativeRegistry* natives = nullptr;
  // Race mode (`weft --race`): instrument memory accesses with RACECHK (vm/race/). Such a
  // Program must run on a Machine with MachineOptions::race.
  bool race = false;
};

struct Result {
  std::shared_ptr<const vm::Program> program;  // null when there were errors
  lang::Diagnostics diagnostics;               // errors (and warnings), in source order
};

// Compiles a successfully checked program.
Result compileProgram(std::shared_ptr<const lang::check::Program> checked,
                      const Options& options = {});

// Parses, checks and compiles one main-package source file.
Result build(std::string_view filename, std::string_view source, const Options& options = {});

}  // namespace weft::compile
