// The state behind weft::Runtime and weft::Program (include/weft/weft.hpp), shared by the files
// of vm/api/: runtime.cpp (compile, run), host.cpp (define: host packages and their natives),
// call.cpp (call), marshal.cpp (conversions).
//
// Threading: one host thread drives a RuntimeData at a time (the public contract). The only
// cross-thread access is interrupt(), which takes `runningMutex` to read `running`; the driving
// thread takes it to set and clear `running` and before destroying a Machine.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <weft/weft.hpp>

#include "vm/api/host_link.hpp"
#include "vm/machine.hpp"
#include "vm/native.hpp"
#include "vm/program.hpp"

namespace weft::detail {

struct ProgramData {
  std::shared_ptr<const vm::Program> program;
  std::vector<Diagnostic> warnings;
  std::string filename;                // os.Args[0]
  const RuntimeData* owner = nullptr;  // host functions are bound to this Runtime
};

// A package made of host functions: name -> function, in name order (the generated source is
// deterministic).
struct HostPackage {
  std::map<std::string, HostFunction*> funcs;
};

struct RuntimeData {
  Options options;
  vm::race::Options raceOptions;  // parsed from options.race_options
  std::vector<std::unique_ptr<HostFunction>> hostFunctions;  // kept for the Runtime's life
  std::map<std::string, HostPackage, std::less<>> hostPackages;
  std::unique_ptr<vm::NativeRegistry> natives;  // stdlib + host thunks; rebuilt after define()

  // Runs blocking host calls (weft::blocking); made on first use. Declared after
  // hostFunctions: destroyed (joined) before the functions its threads call.
  std::unique_ptr<BlockingPool> pool;

  // One VM instance per Program run on this Runtime (see weft.hpp, "Program state").
  struct Instance {
    Instance() = default;
    Instance(const Instance&) = delete;
    Instance& operator=(const Instance&) = delete;
    // Detaches the link before the Machine goes: late blocking calls find no Machine.
    ~Instance() {
      if (link) link->detach();
      machine.reset();
    }
    std::shared_ptr<const ProgramData> program;  // keeps the key alive
    std::shared_ptr<HostLink> link;              // host threads' access (vm/api/host_link.hpp)
    std::unique_ptr<vm::Machine> machine;
  };
  std::unordered_map<const ProgramData*, Instance> instances;

  RuntimeData() = default;
  // Ends every instance, then the pool (which waits for blocking calls still running).
  ~RuntimeData();

  std::mutex runningMutex;         // guards `running`
  vm::Machine* running = nullptr;  // the Machine inside run()/call(), for interrupt()

  // The package sources the checker may load: host packages (generated) and the standard ones.
  std::optional<std::vector<std::pair<std::string, std::string>>> packageSource(
      std::string_view path) const;
  // Whether scripts may import `path` (Options::packages, host packages).
  bool importAllowed(std::string_view path) const;
  const vm::NativeRegistry& registry();

  // The instance of `p`, made (without running anything) if needed.
  vm::Machine& machineFor(const std::shared_ptr<const ProgramData>& p);
  void discard(const ProgramData* p);
  // Marks `m` as running for interrupt() (and clears a stale interrupt) / as no longer running.
  void enter(vm::Machine& m);
  void leave();
};

}  // namespace weft::detail
