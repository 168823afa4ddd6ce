// weft::Session (include/weft/session.hpp): state, eval, the `:` commands and the background
// thread that runs goroutines between inputs.
#include <weft/session.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "lang/check/session.hpp"
#include "stdlib/registry.hpp"
#include "vm/api/session_impl.hpp"
#include "vm/program.hpp"

namespace weft {

namespace {

void writeStdout(std::string_view s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fflush(stdout);
}
void writeStderr(std::string_view s) {
  std::fflush(stdout);
  std::fwrite(s.data(), 1, s.size(), stderr);
  std::fflush(stderr);
}

std::string_view trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

const char* const kHelp =
    "Enter Go declarations, statements and expressions; an expression's value is printed.\n"
    "Declarations and `x := ...` persist; declaring a name again replaces it. Methods may\n"
    "come in later inputs than their type. Standard packages are imported on first use.\n"
    "Goroutines keep running between inputs. The inputs are the body of main: a top-level\n"
    "`defer` runs its call when the session ends (:quit, Ctrl-D, :reset), last deferred first.\n"
    "\n"
    ":help           this text\n"
    ":quit           leave (also Ctrl-D)\n"
    ":reset          forget everything (stops every goroutine)\n"
    ":type expr      print the type of an expression (of a constant: untyped int, ...)\n"
    ":disasm name    print the bytecode of a function (e.g. :disasm f, :disasm T.M)\n"
    ":load file.go   load the declarations of a Go file of package main (then call main())\n"
    ":goroutines     list the goroutines: id, state or wait reason, current line\n";

// weftrepl__.KeepDefers, deferred last by an input's body (session_cells.cpp): the input's
// other deferred calls become the session's. Only as a deferred call of a goroutine's
// outermost function (a native pushes no frame).
vm::NativeResult keepDefers(vm::NativeCall& call) {
  if (call.goroutine.frames.size() == 1) call.machine.keepSessionDefers(call.goroutine);
  return vm::NativeResult::Done;
}

}  // namespace

Session::Impl::Impl(Options opts) : options(std::move(opts)) {
  if (!options.out) options.out = writeStdout;
  if (!options.err) options.err = writeStderr;
  stdlib::registerNatives(natives);
  natives.add(std::string(kSessionPackage) + ".KeepDefers", keepDefers);
  start();
}

Session::Impl::~Impl() {
  pauseBackground();
}

void Session::Impl::runDeferred() {
  if (!machine || exited || deferredRun) return;
  deferredRun = true;
  {
    std::lock_guard lock(runningMutex);
    machine->interrupt.store(false);
    running = true;
  }
  int status = 0;
  vm::CallEnd end = machine->runSessionDefers(&status);
  {
    std::lock_guard lock(runningMutex);
    running = false;
    machine->interrupt.store(false);
  }
  if (end == vm::CallEnd::Interrupted) err("interrupted\n");
  if (end == vm::CallEnd::Exited) {
    exited = true;
    exitStatus = status;
  }
}

void Session::Impl::start() {
  auto loader = [](std::string_view path) -> std::optional<std::vector<lang::check::SourceFile>> {
    if (path == kSessionPackage)
      return std::vector<lang::check::SourceFile>{
          {std::string(kSessionPackage) + "/session.go",
           "package " + std::string(kSessionPackage) + "\n\nfunc KeepDefers()\n"}};
    auto sources = stdlib::packageSources(path);
    if (!sources) return std::nullopt;
    std::vector<lang::check::SourceFile> out;
    for (auto& f : *sources) out.push_back(lang::check::SourceFile{f.name, f.text});
    return out;
  };
  machine.reset();  // its goroutines stop with it
  compiler.reset();
  checker = std::make_unique<lang::check::Session>(loader);
  compile::Options co;
  co.natives = &natives;
  compiler = std::make_unique<compile::Incremental>(checker->program(), co);
  deferredRun = false;
  vm::MachineOptions mo;
  mo.out = [this](std::string_view s) { out(s); };
  mo.err = [this](std::string_view s) { err(s); };
  mo.args = {"weft"};
  mo.session = true;
  mo.workers = options.workers;
  machine = std::make_unique<vm::Machine>(compiler->program(), mo);
  imports.clear();
  exited = false;
  exitStatus = 0;
}

void Session::Impl::pauseBackground() {
  stop.store(true, std::memory_order_release);
  if (background.joinable()) background.join();
}

void Session::Impl::resumeBackground() {
  if (!options.background || exited || !machine) return;
  stop.store(false, std::memory_order_release);
  background = std::thread([this] {
    int status = 0;
    // Returns when pauseBackground sets `stop`, or early for os.Exit (or a limit).
    if (machine->runBackground(stop, &status) == vm::CallEnd::Exited) {
      exited = true;
      exitStatus = status;
      if (options.exit) options.exit(status);
    }
  });
}

Session::Session() : Session(Options{}) {}
Session::Session(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Session::~Session() = default;

const char* Session::help() {
  return kHelp;
}

int Session::exit_status() const {
  return impl_->exitStatus;
}

void Session::interrupt() {
  std::lock_guard lock(impl_->runningMutex);
  if (impl_->running) impl_->machine->interrupt.store(true);
}

bool Session::incomplete(std::string_view input) const {
  std::string_view t = trim(input);
  if (t.empty() || t[0] == ':') return false;
  return impl_->shape(input).kind == Impl::Shape::Incomplete;
}

Session::Result Session::eval(std::string_view input, bool final) {
  Impl& s = *impl_;
  if (s.exited) return Result::Exit;
  std::string_view t = trim(input);
  if (t.empty()) return Result::Ok;
  if (t[0] == ':') {
    std::size_t sp = t.find_first_of(" \t");
    std::string_view cmd = t.substr(0, sp);
    std::string_view arg = sp == std::string_view::npos ? std::string_view() : trim(t.substr(sp));
    if (cmd == ":help" || cmd == ":h" || cmd == ":?") {
      s.out(kHelp);
      return Result::Ok;
    }
    if (cmd == ":quit" || cmd == ":q" || cmd == ":exit") {
      s.pauseBackground();
      s.runDeferred();  // the goroutines stay stopped: the session is over
      if (s.exited) return Result::Exit;
      return Result::Quit;
    }
    if (cmd == ":reset") {
      s.pauseBackground();
      s.runDeferred();
      if (s.exited) return Result::Exit;
      s.start();
      return Result::Ok;
    }
    if (cmd == ":type" || cmd == ":t") {
      if (arg.empty()) {
        s.err(":type needs an expression\n");
        return Result::Error;
      }
      s.pauseBackground();
      std::string type;
      bool ok = s.typeOf(arg, &type);
      s.resumeBackground();
      if (ok) s.out(type + "\n");
      return ok ? Result::Ok : Result::Error;
    }
    if (cmd == ":disasm") {
      if (arg.empty()) {
        s.err(":disasm needs a function name\n");
        return Result::Error;
      }
      s.pauseBackground();
      const vm::Program& p = *s.compiler->program();
      std::string name(arg);
      const vm::FuncProto* found = nullptr;
      // The latest declaration of the name wins (as in the session's scope).
      for (auto it = p.funcs.rbegin(); it != p.funcs.rend() && !found; ++it) {
        const std::string& n = (*it)->name;
        if (n == name || n == "main." + name) found = it->get();
      }
      if (!found && name.find('.') != std::string::npos) {
        // T.M as written in Go: main.T.M or main.(*T).M
        std::string type = name.substr(0, name.find('.')), m = name.substr(name.find('.') + 1);
        for (auto it = p.funcs.rbegin(); it != p.funcs.rend() && !found; ++it)
          if ((*it)->name == "main.(*" + type + ")." + m) found = it->get();
      }
      std::string text = found ? vm::disassemble(p, *found) : std::string();
      s.resumeBackground();
      if (!found) {
        s.err(":disasm: no function " + name + "\n");
        return Result::Error;
      }
      s.out(text);
      return Result::Ok;
    }
    if (cmd == ":load" || cmd == ":l") {
      std::string path(arg);
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        s.err("open " + path + ": no such file or directory\n");
        return Result::Error;
      }
      std::ostringstream text;
      text << in.rdbuf();
      s.pauseBackground();
      std::vector<Impl::Compiled> cells;
      bool ok = s.compileFile(path, text.str(), cells);
      s.machine->programGrew();  // also after an error: earlier cells may have compiled
      ok = ok && s.run(cells);
      s.resumeBackground();
      if (s.exited) return Result::Exit;
      return ok ? Result::Ok : Result::Error;
    }
    if (cmd == ":goroutines" || cmd == ":g") {
      s.pauseBackground();
      std::string text;
      for (const auto& g : s.machine->goroutineViews()) {
        text += "goroutine " + std::to_string(g.id) + " [" + g.state + "]: " + g.func;
        if (!g.file.empty()) text += " at " + g.file + ":" + std::to_string(g.line);
        text += "\n";
      }
      if (text.empty()) text = "no goroutines\n";
      s.resumeBackground();
      s.out(text);
      return Result::Ok;
    }
    s.err("unknown command " + std::string(cmd) + " (:help lists them)\n");
    return Result::Error;
  }

  Impl::Shape shape = s.shape(input);
  if (shape.kind == Impl::Shape::Incomplete && !final) return Result::Incomplete;
  if (shape.kind == Impl::Shape::Bad || shape.kind == Impl::Shape::Incomplete) {
    s.printDiagnostics(shape.errors, 0);
    return Result::Error;
  }
  s.pauseBackground();
  std::vector<Impl::Compiled> cells;
  bool ok = s.compileInput(input, shape, cells);
  s.machine->programGrew();  // also after an error: earlier cells may have compiled
  ok = ok && s.run(cells);
  s.resumeBackground();
  if (s.exited) {
    if (s.options.exit) s.options.exit(s.exitStatus);
    return Result::Exit;
  }
  return ok ? Result::Ok : Result::Error;
}

}  // namespace weft
