// checkProgram: parse the main package, load imported packages through the caller's loader (in
// dependency order, detecting import cycles), check every package, sort the diagnostics.
#include <pthread.h>
#include <sys/mman.h>
#include <ucontext.h>

#include <cstdint>

#include <algorithm>
#include <exception>
#include <map>

#include "lang/check/checker.hpp"
#include "lang/check/prune.hpp"
#include "lang/parse.hpp"
#include "lang/stack_bounds.hpp"

namespace weft::lang::check {

using namespace types;

Program::Program() : types(std::make_unique<TypeTable>()) {}
Program::~Program() = default;

Checker::Checker(Program& prog, CheckedPackage& pkg, std::vector<ast::File*> files,
                 const std::map<std::string, Package*>& imported, const Options& options)
    : prog_(prog),
      out_(pkg),
      tt_(*prog.types),
      pkg_(pkg.pkg),
      files_(std::move(files)),
      imported_(imported),
      options_(options) {}

void Checker::checkPackage() {
  collectObjects();
  packageObjects();
  resolvePendingUnderlying(true);
  checkMapKeys();
  bool skippedBodies = false;
  for (; bodiesDone_ < funcBodies_.size(); bodiesDone_++) {
    auto [fd, f] = funcBodies_[bodiesDone_];
    if (prog_.pruned(fd)) {
      skippedBodies = true;
      continue;
    }
    DeclInfo* d = objMap_[f];
    setFile(d->file, d->fileScope);
    decl_ = d;
    iota_ = nullptr;
    hasCallOrRecv_ = false;
    auto sig = static_cast<const Signature*>(f->type);
    funcBody(nullptr, sig, &prog_.paramVars[fd->sig], fd->body, funcScopes_[fd]);
    decl_ = nullptr;
  }
  genericBodies();
  // Instances of other packages' generics requested by this package (and what they request).
  for (bool more = true; more;) {
    more = false;
    for (auto& c : generics().checkers)
      if (c.get() != this && c->checkPendingBodies()) more = true;
    for (; bodiesDone_ < funcBodies_.size(); bodiesDone_++) {
      auto [fd, f] = funcBodies_[bodiesDone_];
      if (prog_.pruned(fd)) continue;
      more = true;
      DeclInfo* d = objMap_[f];
      setFile(d->file, d->fileScope);
      decl_ = d;
      iota_ = nullptr;
      hasCallOrRecv_ = false;
      funcBody(nullptr, static_cast<const Signature*>(f->type), &prog_.paramVars[fd->sig], fd->body,
               funcScopes_[fd]);
      decl_ = nullptr;
    }
  }
  checkMapKeys();
  finalizeUntyped();
  // The only uses of an import may be in a skipped body.
  if (!skippedBodies) unusedImports();
  initOrder();
}

namespace {

struct Loaded {
  std::string path;
  std::vector<ast::File*> files;
  bool ok = true;
};

class Loader {
 public:
  Loader(Program& prog, const PackageLoader& loader) : prog_(prog), loader_(loader) {}

  void addParseDiagnostics(const ParseResult& r) {
    for (const Diagnostic& d : r.diagnostics) prog_.diagnostics.push_back(d);
  }

  // Loads the imports of `files` (recursively), appending packages in dependency order.
  void loadImports(const std::vector<ast::File*>& files) {
    for (ast::File* f : files)
      for (ast::ImportSpec* spec : f->imports) {
        if (!spec->path) continue;
        load(spec->path->value, f->filename, spec->path->pos);
      }
  }

  void load(const std::string& path, const std::string& fromFile, ast::Pos pos) {
    if (done_.count(path) || failed_.count(path)) return;
    if (inProgress_.count(path)) {
      prog_.diagnostics.push_back(
          Diagnostic{fromFile, pos, "import cycle not allowed", Severity::Error});
      failed_.insert(path);
      return;
    }
    std::optional<std::vector<SourceFile>> sources;
    if (path == "unsafe" || path == "C") {
      prog_.diagnostics.push_back(
          Diagnostic{fromFile, pos, "not supported by Weft yet: package " + path, Severity::Error});
      failed_.insert(path);
      return;
    }
    if (loader_) sources = loader_(path);
    if (!sources) {
      prog_.diagnostics.push_back(
          Diagnostic{fromFile, pos, "package " + path + " is not in std", Severity::Error});
      failed_.insert(path);
      return;
    }
    inProgress_.insert(path);
    Loaded pkg;
    pkg.path = path;
    for (SourceFile& sf : *sources) {
      ParseResult r = parse(sf.filename, sf.source);
      addParseDiagnostics(r);
      if (r.file)
        pkg.files.push_back(r.file);
      else
        pkg.ok = false;
      prog_.arenas.push_back(std::move(r.arena));
    }
    loadImports(pkg.files);
    inProgress_.erase(path);
    done_.insert(path);
    order_.push_back(std::move(pkg));
  }

  std::vector<Loaded>& order() { return order_; }
  const std::set<std::string>& failed() const { return failed_; }

 private:
  Program& prog_;
  const PackageLoader& loader_;
  std::set<std::string> done_, failed_, inProgress_;
  std::vector<Loaded> order_;
};

void sortDiagnostics(Program& prog, const std::vector<std::string>& fileOrder) {
  auto rank = [&](const std::string& f) {
    auto it = std::find(fileOrder.begin(), fileOrder.end(), f);
    return it == fileOrder.end() ? fileOrder.size() : size_t(it - fileOrder.begin());
  };
  std::stable_sort(prog.diagnostics.begin(), prog.diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     size_t ra = rank(a.file), rb = rank(b.file);
                     if (ra != rb) return ra < rb;
                     if (a.file != b.file) return a.file < b.file;
                     if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
                     return a.pos.col < b.pos.col;
                   });
}

std::unique_ptr<Program> checkParsed(std::unique_ptr<Program> prog,
                                     std::vector<ast::File*> mainFiles, bool syntaxOk,
                                     const PackageLoader& loader, const Options& options) {
  std::vector<std::string> fileOrder;
  for (ast::File* f : mainFiles) fileOrder.push_back(f->filename);
  if (!syntaxOk || mainFiles.empty()) {
    sortDiagnostics(*prog, fileOrder);
    return prog;
  }
  Loader ld(*prog, loader);
  ld.loadImports(mainFiles);
  std::vector<Loaded> pkgs = std::move(ld.order());
  Loaded mainPkg;
  mainPkg.path = "main";
  mainPkg.files = mainFiles;
  pkgs.push_back(std::move(mainPkg));
  // Checkers keep a reference to their CheckedPackage (they outlive this loop: generics).
  prog->packages.reserve(prog->packages.size() + pkgs.size());
  if (options.pruneUnreachable) {
    std::vector<const ast::File*> mainList(mainFiles.begin(), mainFiles.end()), libraries;
    for (size_t i = 0; i + 1 < pkgs.size(); i++)
      libraries.insert(libraries.end(), pkgs[i].files.begin(), pkgs[i].files.end());
    prog->prunedBodies = unreachableBodies(mainList, libraries);
  }

  std::map<std::string, Package*> byPath;
  // Imports that failed get an empty fake package so that uses do not cascade into errors.
  for (const std::string& path : ld.failed()) {
    std::string name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    Package* fake = prog->types->newPackage(path, name);
    fake->fake = true;
    byPath[path] = fake;
  }
  for (Loaded& l : pkgs) {
    if (!l.ok || l.files.empty()) {
      std::string name =
          l.path.substr(l.path.rfind('/') == std::string::npos ? 0 : l.path.rfind('/') + 1);
      Package* fake = prog->types->newPackage(l.path, name);
      fake->fake = true;
      byPath[l.path] = fake;
      continue;
    }
    std::string name = l.files[0]->package ? l.files[0]->package->name : "main";
    Package* pkg = prog->types->newPackage(l.path, name);
    // Every file of a package must name the same package.
    for (ast::File* f : l.files) {
      if (f->package && f->package->name != name)
        prog->diagnostics.push_back(Diagnostic{
            f->filename, f->package->pos,
            "package " + f->package->name + "; expected package " + name, Severity::Error});
    }
    prog->packages.emplace_back();
    CheckedPackage& cp = prog->packages.back();
    cp.pkg = pkg;
    cp.files = l.files;
    // The packages this one imports that loaded fine.
    std::map<std::string, Package*> imported;
    for (ast::File* f : l.files)
      for (ast::ImportSpec* spec : f->imports)
        if (spec->path) {
          auto it = byPath.find(spec->path->value);
          if (it != byPath.end()) imported[it->first] = it->second;
        }
    auto checker = std::make_unique<Checker>(*prog, cp, l.files, imported, options);
    Checker* c = checker.get();
    c->generics().checkers.push_back(std::move(checker));  // lives as long as the Program
    c->checkPackage();
    byPath[l.path] = pkg;
  }
  if (prog->packages.empty() || prog->packages.back().pkg->path != "main") {
    // The main package did not make it (e.g. an import failed to parse): keep the invariant
    // that the last package is main only when there is one.
  }
  sortDiagnostics(*prog, fileOrder);
  // Identical diagnostics at one position are printed once (cmd/compile's FlushErrors).
  prog->diagnostics.erase(std::unique(prog->diagnostics.begin(), prog->diagnostics.end(),
                                      [](const Diagnostic& a, const Diagnostic& b) {
                                        return a.file == b.file && a.pos.line == b.pos.line &&
                                               a.pos.col == b.pos.col && a.message == b.message;
                                      }),
                          prog->diagnostics.end());
  // At most maxErrors errors, as Go does.
  size_t errors = 0;
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : prog->diagnostics) {
    if (d.severity == Severity::Error && ++errors > size_t(options.maxErrors)) continue;
    kept.push_back(std::move(d));
  }
  prog->diagnostics = std::move(kept);
  return prog;
}

}  // namespace

namespace {

std::unique_ptr<Program> checkSources(std::vector<SourceFile> mainFiles,
                                      const PackageLoader& loader, const Options& options);
std::unique_ptr<Program> checkFiles(std::vector<ParsedFile> mainFiles, const PackageLoader& loader,
                                    const Options& options);

thread_local bool onLargeStack = false;
constexpr size_t kLargeStack = size_t(1) << 30;

struct StackJob {
  const std::function<void()>* fn;
  std::exception_ptr error;
};

void* runStackJob(void* arg) {
  auto job = static_cast<StackJob*>(arg);
  onLargeStack = true;
  try {
    (*job->fn)();
  } catch (...) {
    job->error = std::current_exception();
  }
  onLargeStack = false;
  return nullptr;
}

// Sanitizers need to be told about stack switches; their builds keep the thread.
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define WEFT_STACK_SWITCH 1

void runContextJob(unsigned lo, unsigned hi) {
  runStackJob(reinterpret_cast<void*>((static_cast<uintptr_t>(hi) << 32) | lo));
}

// Runs the job on a freshly mapped large stack on this thread (makecontext/swapcontext). Returns
// false if the stack could not be set up. Cheaper than a thread, and under load much faster in
// wall time: no thread start and join, each of which waits for the scheduler.
bool runOnSwitchedStack(StackJob& job) {
  constexpr size_t kGuard = 64 * 1024;
  void* mem = mmap(nullptr, kLargeStack, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (mem == MAP_FAILED) return false;
  if (mprotect(mem, kGuard, PROT_NONE) != 0) {
    munmap(mem, kLargeStack);
    return false;
  }
  ucontext_t caller, callee;
  if (getcontext(&callee) != 0) {
    munmap(mem, kLargeStack);
    return false;
  }
  callee.uc_stack.ss_sp = mem;
  callee.uc_stack.ss_size = kLargeStack;
  callee.uc_link = &caller;
  auto addr = reinterpret_cast<uintptr_t>(&job);
  makecontext(&callee, reinterpret_cast<void (*)()>(runContextJob), 2,
              static_cast<unsigned>(addr & 0xFFFFFFFFu), static_cast<unsigned>(addr >> 32));
  StackBounds& bounds = currentLargeStack();
  StackBounds saved = bounds;
  bounds = StackBounds{static_cast<const char*>(mem) + kGuard, kLargeStack - kGuard};
  bool ok = swapcontext(&caller, &callee) == 0;
  bounds = saved;
  munmap(mem, kLargeStack);
  return ok;
}
#endif

}  // namespace

void runOnLargeStack(const std::function<void()>& fn) {
  if (onLargeStack) {
    fn();
    return;
  }
  StackJob job{&fn, nullptr};
#ifdef WEFT_STACK_SWITCH
  if (runOnSwitchedStack(job)) {
    if (job.error) std::rethrow_exception(job.error);
    return;
  }
#endif
  pthread_attr_t attr;
  pthread_t thread;
  bool started = pthread_attr_init(&attr) == 0 &&
                 pthread_attr_setstacksize(&attr, kLargeStack) == 0 &&
                 pthread_create(&thread, &attr, runStackJob, &job) == 0;
  pthread_attr_destroy(&attr);
  if (!started) {
    fn();  // no thread: do it here, with whatever stack there is
    return;
  }
  pthread_join(thread, nullptr);
  if (job.error) std::rethrow_exception(job.error);
}

std::unique_ptr<Program> checkProgram(std::vector<SourceFile> mainFiles,
                                      const PackageLoader& loader, const Options& options) {
  std::unique_ptr<Program> result;
  runOnLargeStack([&] { result = checkSources(std::move(mainFiles), loader, options); });
  return result;
}

std::unique_ptr<Program> checkProgram(std::vector<ParsedFile> mainFiles,
                                      const PackageLoader& loader, const Options& options) {
  std::unique_ptr<Program> result;
  runOnLargeStack([&] { result = checkFiles(std::move(mainFiles), loader, options); });
  return result;
}

namespace {

std::unique_ptr<Program> checkSources(std::vector<SourceFile> mainFiles,
                                      const PackageLoader& loader, const Options& options) {
  auto prog = std::make_unique<Program>();
  std::vector<ast::File*> files;
  bool ok = true;
  for (SourceFile& sf : mainFiles) {
    ParseResult r = parse(sf.filename, sf.source);
    for (const Diagnostic& d : r.diagnostics) prog->diagnostics.push_back(d);
    if (r.file)
      files.push_back(r.file);
    else
      ok = false;
    prog->arenas.push_back(std::move(r.arena));
  }
  return checkParsed(std::move(prog), std::move(files), ok, loader, options);
}

std::unique_ptr<Program> checkFiles(std::vector<ParsedFile> mainFiles, const PackageLoader& loader,
                                    const Options& options) {
  auto prog = std::make_unique<Program>();
  std::vector<ast::File*> files;
  for (ParsedFile& pf : mainFiles) {
    if (pf.file) files.push_back(pf.file);
    if (pf.arena) prog->arenas.push_back(std::move(pf.arena));
  }
  return checkParsed(std::move(prog), std::move(files), true, loader, options);
}

}  // namespace

}  // namespace weft::lang::check
