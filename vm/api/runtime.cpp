// weft::Runtime and weft::Program: the public API (include/weft/weft.hpp) on top of the
// compiler (lang/compile/compile.hpp) and the VM (vm/machine.hpp).
#include <weft/weft.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <sstream>

#include "lang/check/check.hpp"
#include "lang/check/copylocks.hpp"
#include "lang/compile/compile.hpp"
#include "stdlib/registry.hpp"
#include "vm/api/runtime_data.hpp"
#include "vm/machine.hpp"
#include "vm/program.hpp"

namespace weft {

namespace {

Diagnostic toPublic(const lang::Diagnostic& d) {
  Diagnostic out;
  out.file = d.file;
  out.line = static_cast<int>(d.pos.line);
  out.column = static_cast<int>(d.pos.col);
  out.message = d.message;
  out.warning = d.severity == lang::Severity::Warning;
  return out;
}

std::vector<Diagnostic> toPublic(const lang::Diagnostics& ds) {
  std::vector<Diagnostic> out;
  out.reserve(ds.size());
  for (auto& d : ds) out.push_back(toPublic(d));
  return out;
}

// The compile error text: every error as `file:line:col: message`, one per line.
std::string errorText(const std::vector<Diagnostic>& ds) {
  std::string text;
  for (auto& d : ds)
    if (!d.warning) text += d.str() + "\n";
  return text;
}

// stdout is buffered (programs that print a lot stay fast); stderr output first flushes it so
// the two streams interleave in program order on a terminal.
void writeStdout(std::string_view s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
}
void writeStderr(std::string_view s) {
  std::fflush(stdout);
  std::fwrite(s.data(), 1, s.size(), stderr);
  std::fflush(stderr);
}

}  // namespace

std::string Diagnostic::str() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

const char* version() {
  return "0.1.0";
}

const std::vector<Diagnostic>& Program::warnings() const {
  static const std::vector<Diagnostic> none;
  return data_ ? data_->warnings : none;
}

std::string Program::disassemble() const {
  return data_ ? vm::disassemble(*data_->program) : std::string();
}

std::string Program::disassemble(bool allPackages) const {
  if (!data_) return {};
  if (allPackages) return disassemble();
  // Functions of package main are named "main.f", "main.(*T).M", "main.f.func1", "main.init";
  // method wrappers "*main.T.M".
  std::string out;
  for (const auto& fn : data_->program->funcs) {
    std::string_view name = fn->name;
    if (!name.empty() && name[0] == '*') name.remove_prefix(1);
    if (name.substr(0, 5) != "main.") continue;
    if (!out.empty()) out += '\n';
    out += vm::disassemble(*data_->program, *fn);
  }
  return out;
}

Runtime::Runtime(Options options) : data_(std::make_unique<detail::RuntimeData>()) {
  if (options.race) {
    std::string error;
    if (!vm::race::parseOptions(options.race_options, &data_->raceOptions, &error))
      throw Error(Error::Kind::Usage, "weft::Options::race_options: " + error);
  }
  data_->options = std::move(options);
}

Runtime::~Runtime() = default;

namespace {

// The front end with this Runtime's packages (host packages, sandbox) and natives.
compile::Result buildWith(detail::RuntimeData& rt, std::string_view filename,
                          std::string_view source) {
  std::vector<lang::check::SourceFile> files;
  files.push_back(lang::check::SourceFile{std::string(filename), std::string(source)});
  auto loader =
      [&rt](std::string_view path) -> std::optional<std::vector<lang::check::SourceFile>> {
    auto sources = rt.packageSource(path);
    if (!sources) return std::nullopt;
    std::vector<lang::check::SourceFile> out;
    for (auto& [name, text] : *sources) out.push_back(lang::check::SourceFile{name, text});
    return out;
  };
  std::unique_ptr<lang::check::Program> checked =
      lang::check::checkProgram(std::move(files), loader);
  // The sandbox: what the main package may import (its dependencies may use anything).
  lang::Diagnostics sandbox;
  if (!checked->packages.empty()) {
    for (const ast::File* f : checked->mainPackage().files) {
      for (const ast::ImportSpec* spec : f->imports) {
        if (!spec->path || rt.importAllowed(spec->path->value)) continue;
        // An unknown package is already reported by the checker ("... is not in std").
        if (!stdlib::packageSources(spec->path->value)) continue;
        sandbox.push_back(lang::Diagnostic{
            f->filename, spec->path->pos,
            "use of package " + spec->path->value + " is not allowed (weft::Options::packages)"});
      }
    }
  }
  if (!checked->ok() || !sandbox.empty()) {
    compile::Result r;
    r.diagnostics = checked->diagnostics;
    r.diagnostics.insert(r.diagnostics.end(), sandbox.begin(), sandbox.end());
    std::stable_sort(r.diagnostics.begin(), r.diagnostics.end(), [](const auto& a, const auto& b) {
      if (a.file != b.file) return false;
      return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
    });
    return r;
  }
  // go vet's copylocks findings are warnings: printed, never a reason to refuse the program.
  lang::Diagnostics vet = lang::check::copyLocks(
      *checked, [&](std::string_view file) { return file == filename ? source : ""; });
  compile::Options options;
  options.natives = &rt.registry();
  options.race = rt.options.race;
  compile::Result result = compile::compileProgram(
      std::shared_ptr<const lang::check::Program>(std::move(checked)), options);
  result.diagnostics.insert(result.diagnostics.end(), vet.begin(), vet.end());
  return result;
}

}  // namespace

Program Runtime::compile(std::string_view filename, std::string_view source) {
  auto built = buildWith(*data_, filename, source);
  auto diagnostics = toPublic(built.diagnostics);
  if (!built.program) throw Error(Error::Kind::Compile, errorText(diagnostics), diagnostics);
  auto data = std::make_shared<detail::ProgramData>();
  data->program = std::move(built.program);
  data->filename = std::string(filename);
  data->owner = data_.get();
  for (auto& d : diagnostics)
    if (d.warning) data->warnings.push_back(d);
  Program p;
  p.data_ = std::move(data);
  return p;
}

Program Runtime::compile_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::string msg = "open " + path.string() + ": no such file or directory";
    throw Error(Error::Kind::Compile, msg, {Diagnostic{path.string(), 0, 0, msg, false}});
  }
  std::ostringstream text;
  text << in.rdbuf();
  // Tracebacks print the file name as given to the compiler: make it absolute like Go's.
  std::error_code ec;
  auto abs = std::filesystem::absolute(path, ec);
  return compile(ec ? path.string() : abs.lexically_normal().string(), text.str());
}

std::vector<Diagnostic> Runtime::check(std::string_view filename, std::string_view source) {
  return toPublic(buildWith(*data_, filename, source).diagnostics);
}

namespace detail {

vm::Machine& RuntimeData::machineFor(const std::shared_ptr<const ProgramData>& p) {
  Instance& inst = instances[p.get()];
  if (!inst.machine) {
    vm::MachineOptions opts;
    opts.out = options.out ? options.out : writeStdout;
    opts.err = options.err ? options.err : writeStderr;
    opts.args.push_back(p->filename);
    for (auto& a : options.args) opts.args.push_back(a);
    opts.maxHeapBytes = options.max_heap_bytes;
    opts.maxGoroutines = options.max_goroutines;
    opts.race = options.race;
    opts.raceOptions = raceOptions;
    opts.workers = options.workers;
    inst.program = p;
    inst.machine = std::make_unique<vm::Machine>(p->program, opts);
    if (!pool) pool = std::make_unique<BlockingPool>();
    inst.link = std::make_shared<HostLink>();
    inst.link->pool = pool.get();
    inst.link->machine = inst.machine.get();
    inst.machine->setHostAccess(inst.link.get());
  }
  return *inst.machine;
}

RuntimeData::~RuntimeData() {
  instances.clear();
  pool.reset();
}

void RuntimeData::discard(const ProgramData* p) {
  std::lock_guard lock(runningMutex);
  auto it = instances.find(p);
  if (it == instances.end()) return;
  if (running == it->second.machine.get()) running = nullptr;
  instances.erase(it);
}

void RuntimeData::enter(vm::Machine& m) {
  m.interrupt.store(false);
  std::lock_guard lock(runningMutex);
  running = &m;
}

void RuntimeData::leave() {
  std::lock_guard lock(runningMutex);
  running = nullptr;
}

void checkOwner(const Program& program, const RuntimeData* rt, const ProgramData* data) {
  if (!data) throw Error(Error::Kind::Usage, "invalid (empty) Program");
  if (data->owner != rt)
    throw Error(Error::Kind::Usage, "the Program was compiled by another Runtime");
}

// The exception for an embedding-loop outcome that is not a plain return.
Error errorFor(vm::CallEnd end, int status, const std::string& report, const Options& options) {
  switch (end) {
    case vm::CallEnd::Interrupted:
      return Error(Error::Kind::Interrupt, "interrupted", {}, vm::Machine::kInterruptedStatus);
    case vm::CallEnd::HeapLimit:
      return Error(
          Error::Kind::Limit,
          "heap limit exceeded (max_heap_bytes = " + std::to_string(options.max_heap_bytes) + ")",
          {}, 2);
    case vm::CallEnd::GoroutineLimit:
      return Error(Error::Kind::Limit,
                   "goroutine limit exceeded (max_goroutines = " +
                       std::to_string(options.max_goroutines) + ")",
                   {}, 2);
    case vm::CallEnd::Exited:
      return Error(Error::Kind::Exit, "exit status " + std::to_string(status), {}, status);
    case vm::CallEnd::Panicked:
    case vm::CallEnd::Crashed:
      return Error(Error::Kind::Panic, report, {}, status);
    case vm::CallEnd::Returned:
      break;
  }
  return Error(Error::Kind::Internal, "errorFor: the call returned");
}

}  // namespace detail

int Runtime::run(const Program& program) {
  detail::checkOwner(program, data_.get(), program.data_.get());
  vm::Machine& machine = data_->machineFor(program.data_);
  data_->enter(machine);
  int status = 0;
  vm::CallEnd end = machine.runMain(&status);
  data_->leave();
  std::fflush(stdout);
  switch (end) {
    case vm::CallEnd::Returned:
      return status;
    case vm::CallEnd::Panicked:
    case vm::CallEnd::Crashed:
    case vm::CallEnd::Exited:
      data_->discard(program.data_.get());
      return status;
    default:
      data_->discard(program.data_.get());
      throw detail::errorFor(end, status, "", data_->options);
  }
}

void Runtime::interrupt() {
  std::lock_guard lock(data_->runningMutex);
  if (data_->running) data_->running->interrupt.store(true);
}

std::vector<std::string> standard_packages() {
  return stdlib::packagePaths();
}

}  // namespace weft
