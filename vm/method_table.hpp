// Method lookup for interface calls, assertions to interface types and type switches.
//
// Each dynamic type's methods are a sorted MethodSet in the Program (built by the compiler).
// Interface method calls cache the found target per call site (Machine::callSiteCaches); the
// "does dynamic type D implement interface I" answers are cached per Machine in an
// ImplementsCache (a mutex-protected map: lookups happen on type assertions, not on calls).
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "vm/program.hpp"

namespace weft::types {
class Type;
}

namespace weft::vm {

const MethodTarget* lookupMethod(const Program& prog, const types::Type* dynamic, uint32_t nameId);

class ImplementsCache {
 public:
  // Null when `dynamic` implements the interface type `iface`; else the name of the first
  // missing method (in Go's order).
  const std::string* missingMethod(const Program& prog, const types::Type* dynamic,
                                   const types::Type* iface);
  // Forgets every answer (an interactive session's program gave a type new methods).
  void clear();

 private:
  struct KeyHash {
    std::size_t operator()(const std::pair<const void*, const void*>& k) const {
      return std::hash<const void*>()(k.first) * 31 + std::hash<const void*>()(k.second);
    }
  };
  std::mutex mu_;
  std::unordered_map<std::pair<const void*, const void*>, const std::string*, KeyHash> cache_;
};

// Structural identity of two signatures, ignoring receivers.
bool sameSignature(const types::Signature* a, const types::Signature* b);

}  // namespace weft::vm
