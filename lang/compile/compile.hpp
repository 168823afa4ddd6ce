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
namespace weft::types {
class Func;
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

// Incremental compilation for an interactive session (weft::Session, with check::Session):
// one vm::Program that grows step by step. Each step compiles the packages checked since the
// previous one (imports first, then the session's new cell) into the same Program: their
// globals, functions, method tables and bodies are appended (existing functions and globals
// never change, so code and goroutines of earlier steps keep running), plus one function that
// initializes the new packages (variables in Go's order, then init functions). The method
// tables of earlier types that gain methods (a method declared in a later cell) are rebuilt.
// Code of a new step refers to functions and globals of earlier steps by their indices.
class ProgramCompiler;
class Incremental {
 public:
  Incremental(std::shared_ptr<const lang::check::Program> checked, const Options& options = {});
  ~Incremental();
  // The growing Program. Its tables grow at each step: a Machine running it must be told
  // (vm::Machine::programGrew) while none of its goroutines runs.
  const std::shared_ptr<vm::Program>& program() const { return program_; }
  struct Step {
    lang::Diagnostics diagnostics;  // compile errors (rare after a successful check)
    int32_t init = -1;              // the function initializing the new packages (always set)
  };
  // Compiles the packages checked since the last step. On errors the last package (the
  // session's cell, which the caller then discards) is not counted as compiled.
  Step step();
  // The function index of a declared function compiled by some step, or -1.
  int32_t funcIndex(const types::Func* f) const;

 private:
  std::unique_ptr<ProgramCompiler> pc_;
  std::shared_ptr<vm::Program> program_;
  std::size_t compiled_ = 0;  // packages compiled so far
  bool started_ = false;
};

// Parses, checks and compiles one main-package source file.
Result build(std::string_view filename, std::string_view source, const Options& options = {});

}  // namespace weft::compile
