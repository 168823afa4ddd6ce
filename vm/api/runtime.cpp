// weft::Runtime and weft::Program: the public API (include/weft/weft.hpp) on top of the
// compiler (lang/compile/compile.hpp) and the VM (vm/machine.hpp).
#include <weft/weft.hpp>

#include <cstdio>
#include <fstream>
#include <mutex>
#include <sstream>

#include "lang/compile/compile.hpp"
#include "vm/program.hpp"
#include "vm/machine.hpp"

namespace weft {

namespace detail {

struct ProgramData {
  std::shared_ptr<const vm::Program> program;
  std::vector<Diagnostic> warnings;
  std::string filename;  // os.Args[0]
};

struct RuntimeData {
  Options options;
  std::mutex runningMutex;      // guards `running`
  vm::Machine* running = nullptr;  // the Machine inside run(), for interrupt()
};

}  // namespace detail

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
void writeStdout(std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }
void writeStderr(std::string_view s) {
  std::fflush(stdout);
  std::fwrite(s.data(), 1, s.size(), stderr);
  std::fflush(stderr);
}

}  // namespace

std::string Diagnostic::str() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

const char* version() { return "0.1.0"; }

const std::vector<Diagnostic>& Program::warnings() const {
  static const std::vector<Diagnostic> none;
  return data_ ? data_->warnings : none;
}

std::string Program::disassemble() const {
  return data_ ? vm::disassemble(*data_->program) : std::string();
}

Runtime::Runtime(Options options) : data_(std::make_unique<detail::RuntimeData>()) {
  data_->options = std::move(options);
}

Runtime::~Runtime() = default;

Program Runtime::compile(std::string_view filename, std::string_view source) {
  auto built = compile::build(filename, source);
  auto diagnostics = toPublic(built.diagnostics);
  if (!built.program) throw Error(Error::Kind::Compile, errorText(diagnostics), diagnostics);
  auto data = std::make_shared<detail::ProgramData>();
  data->program = std::move(built.program);
  data->filename = std::string(filename);
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
  return toPublic(compile::build(filename, source).diagnostics);
}

int Runtime::run(const Program& program) {
  if (!program.valid()) throw Error(Error::Kind::Internal, "run: invalid (empty) Program");
  vm::MachineOptions opts;
  opts.out = data_->options.out ? data_->options.out : writeStdout;
  opts.err = data_->options.err ? data_->options.err : writeStderr;
  opts.args.push_back(program.data_->filename);
  for (auto& a : data_->options.args) opts.args.push_back(a);
  opts.maxHeapBytes = data_->options.max_heap_bytes;
  vm::Machine machine(program.data_->program, opts);
  {
    std::lock_guard lock(data_->runningMutex);
    data_->running = &machine;
  }
  int status = machine.run();
  std::fflush(stdout);
  {
    std::lock_guard lock(data_->runningMutex);
    data_->running = nullptr;
  }
  return status;
}

void Runtime::interrupt() {
  std::lock_guard lock(data_->runningMutex);
  if (data_->running) data_->running->interrupt.store(true);
}

}  // namespace weft
