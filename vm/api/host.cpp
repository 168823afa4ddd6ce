// Runtime::define: host packages as Go source for the checker, and the native that calls a host
// function.
//
// For `rt.define("acme/jobs", "Scale", [](double x, int n) { ... return std::string(); })`
// the package acme/jobs gets this generated source (acme/jobs/host.go):
//
//   package jobs
//
//   func Scale(p0 float64, p1 int) string { return weftHostScale(0x5581c0de1230, p0, p1) }
//
//   func weftHostScale(fn uintptr, p0 float64, p1 int) string
//
// A blocking host function (weft::blocking) gets two natives instead, so that its goroutine
// parks between them while the function runs on the Runtime's pool (vm/api/blocking.cpp):
//
//   func Fetch(p0 string) string { h := weftHostBeginFetch(0x5581c0de1290, p0); return
//   weftHostEndFetch(h) }
//
// The body-less weftHostScale is a native (natives are bound by name, "acme/jobs.weftHostScale")
// implemented by hostThunk for every host function: its first argument is the address of the
// HostFunction, which the Runtime keeps for its whole life. Scripts cannot call the unexported
// native or forge the address. The exported wrapper costs one extra bytecode call per host call
// and keeps native-registry entries plain function pointers (vm/native.hpp).
#include <cctype>
#include <cstdio>

#include "lang/types.hpp"
#include "stdlib/registry.hpp"
#include "vm/api/host_link.hpp"
#include "vm/api/runtime_data.hpp"

namespace weft {

namespace {

bool isIdentifier(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

bool isGoKeyword(std::string_view s) {
  static const char* const kKeywords[] = {
      "break",  "case",        "chan", "const",   "continue", "default", "defer",
      "else",   "fallthrough", "for",  "func",    "go",       "goto",    "if",
      "import", "interface",   "map",  "package", "range",    "return",  "select",
      "struct", "switch",      "type", "var"};
  for (const char* k : kKeywords)
    if (s == k) return true;
  return false;
}

std::string_view lastElement(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

void checkPackagePath(std::string_view path) {
  std::string_view rest = path;
  bool ok = !path.empty();
  while (ok && !rest.empty()) {
    std::size_t slash = rest.find('/');
    std::string_view elem = rest.substr(0, slash);
    ok = isIdentifier(elem) && !isGoKeyword(elem);
    rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
    if (slash != std::string_view::npos && rest.empty()) ok = false;
  }
  if (!ok)
    throw Error(Error::Kind::Usage,
                "define: package path \"" + std::string(path) +
                    "\" is not identifiers joined by '/' (e.g. \"host\", \"acme/jobs\")");
  if (path == "main" || stdlib::packageSources(path))
    throw Error(Error::Kind::Usage,
                "define: package \"" + std::string(path) + "\" is a standard package");
}

// The native behind every host function: args[0] is the HostFunction, the rest its arguments.
vm::NativeResult hostThunk(vm::NativeCall& call) {
  auto* fn = reinterpret_cast<detail::HostFunction*>(call.args[0]);
  const auto& params = call.sig->params->vars;
  const auto& results = call.sig->results->vars;
  constexpr std::size_t kMax = 16;
  detail::GoType paramTypes[kMax], resultTypes[kMax];
  std::vector<detail::GoType> bigParams, bigResults;
  detail::GoType* pt = paramTypes;
  detail::GoType* rt = resultTypes;
  if (params.size() > kMax) bigParams.resize(params.size()), pt = bigParams.data();
  if (results.size() > kMax) bigResults.resize(results.size()), rt = bigResults.data();
  for (std::size_t i = 1; i < params.size(); i++) pt[i - 1] = params[i]->type;
  for (std::size_t i = 0; i < results.size(); i++) rt[i] = results[i]->type;
  detail::Marshal m(&call.heap, &call.machine.program(), &call.machine);
  try {
    fn->invoke(m, pt, call.args + 1, rt, call.results);
  } catch (const std::exception& e) {
    call.panicString(e.what());
  } catch (...) {
    call.panicString("unknown C++ exception in host function");
  }
  return vm::NativeResult::Done;
}

// The Go source of a host package.
std::string generateSource(std::string_view path, const detail::HostPackage& pkg) {
  std::string src = "// Host functions defined by the embedding application.\npackage ";
  src += lastElement(path);
  src += "\n";
  for (const auto& [name, fn] : pkg.funcs) {
    std::string params, args, results;
    for (std::size_t i = 0; i < fn->params.size(); i++) {
      std::string p = "p" + std::to_string(i);
      params += ", " + p + " " + fn->params[i];
      args += ", " + p;
    }
    if (fn->results.size() == 1) {
      results = " " + fn->results[0];
    } else if (fn->results.size() > 1) {
      results = " (";
      for (std::size_t i = 0; i < fn->results.size(); i++)
        results += (i ? ", " : "") + fn->results[i];
      results += ")";
    }
    char addr[32];
    std::snprintf(addr, sizeof addr, "0x%llx",
                  static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(fn)));
    std::string head =
        "\nfunc " + name + "(" + (params.empty() ? "" : params.substr(2)) + ")" + results + " { ";
    std::string ret = results.empty() ? "" : "return ";
    if (fn->blocking) {
      std::string begin = "weftHostBegin" + name, end = "weftHostEnd" + name;
      src += head + "h := " + begin + "(" + addr + args + "); " + ret + end + "(h) }\n";
      src += "\nfunc " + begin + "(fn uintptr" + params + ") uintptr\n";
      src += "\nfunc " + end + "(h uintptr)" + results + "\n";
    } else {
      std::string native = "weftHost" + name;
      src += head + ret + native + "(" + addr + args + ") }\n";
      src += "\nfunc " + native + "(fn uintptr" + params + ")" + results + "\n";
    }
  }
  return src;
}

}  // namespace

void Runtime::define_function(std::string_view package, std::string_view name,
                              std::unique_ptr<detail::HostFunction> fn) {
  checkPackagePath(package);
  if (!isIdentifier(name) || !std::isupper(static_cast<unsigned char>(name[0])))
    throw Error(Error::Kind::Usage, "define: \"" + std::string(name) +
                                        "\" is not an exported Go name (upper-case first letter)");
  auto it = data_->hostPackages.find(package);
  if (it == data_->hostPackages.end())
    it = data_->hostPackages.emplace(std::string(package), detail::HostPackage{}).first;
  it->second.funcs[std::string(name)] = fn.get();
  data_->hostFunctions.push_back(std::move(fn));
  data_->natives.reset();
}

namespace detail {

std::optional<std::vector<std::pair<std::string, std::string>>> RuntimeData::packageSource(
    std::string_view path) const {
  std::vector<std::pair<std::string, std::string>> out;
  auto host = hostPackages.find(path);
  if (host != hostPackages.end()) {
    out.emplace_back(std::string(path) + "/host.go", generateSource(path, host->second));
    return out;
  }
  auto standard = stdlib::packageSources(path);
  if (!standard) return std::nullopt;
  for (auto& f : *standard) out.emplace_back(std::move(f.name), std::move(f.text));
  return out;
}

bool RuntimeData::importAllowed(std::string_view path) const {
  if (hostPackages.count(path)) return true;
  if (options.packages.empty()) return path != "os";
  for (const std::string& p : options.packages)
    if (p == path) return true;
  return false;
}

const vm::NativeRegistry& RuntimeData::registry() {
  if (!natives) {
    natives = std::make_unique<vm::NativeRegistry>();
    stdlib::registerNatives(*natives);
    for (const auto& [path, pkg] : hostPackages)
      for (const auto& [name, fn] : pkg.funcs) {
        if (fn->blocking) {
          natives->add(path + ".weftHostBegin" + name, blockingBegin);
          natives->add(path + ".weftHostEnd" + name, blockingEnd);
        } else {
          natives->add(path + ".weftHost" + name, hostThunk);
        }
      }
  }
  return *natives;
}

}  // namespace detail

}  // namespace weft
