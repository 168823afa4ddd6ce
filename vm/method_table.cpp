// Method lookup and interface satisfaction at run time.
#include "vm/method_table.hpp"

#include <algorithm>

#include "lang/types.hpp"

namespace weft::vm {

const MethodTarget* MethodSet::find(uint32_t nameId) const {
  auto it = std::lower_bound(methods.begin(), methods.end(), nameId,
                             [](const MethodTarget& t, uint32_t id) { return t.nameId < id; });
  return it != methods.end() && it->nameId == nameId ? &*it : nullptr;
}

const MethodTarget* lookupMethod(const Program& prog, const types::Type* dynamic, uint32_t nameId) {
  auto it = prog.methodSets.find(dynamic);
  return it == prog.methodSets.end() ? nullptr : it->second.find(nameId);
}

bool sameSignature(const types::Signature* a, const types::Signature* b) {
  if (a == b) return true;
  if (!a || !b || a->variadic != b->variadic) return false;
  auto sameTuple = [](const types::Tuple* x, const types::Tuple* y) {
    if (x->size() != y->size()) return false;
    for (std::size_t i = 0; i < x->size(); i++)
      if (x->vars[i]->type != y->vars[i]->type) return false;
    return true;
  };
  return sameTuple(a->params, b->params) && sameTuple(a->results, b->results);
}

const std::string* ImplementsCache::missingMethod(const Program& prog, const types::Type* dynamic,
                                                  const types::Type* iface) {
  std::lock_guard<std::mutex> lock(mu_);
  auto key = std::make_pair(static_cast<const void*>(dynamic), static_cast<const void*>(iface));
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  const std::string* missing = nullptr;
  auto* it = static_cast<const types::Interface*>(iface->underlying());
  for (const types::Func* m : it->allMethods) {
    auto id = prog.methodIds.find(m->name);
    const MethodTarget* t =
        id == prog.methodIds.end() ? nullptr : lookupMethod(prog, dynamic, id->second);
    if (!t || !sameSignature(t->sig, m->sig())) {
      missing = &m->name;
      break;
    }
  }
  cache_.emplace(key, missing);
  return missing;
}

void ImplementsCache::clear() {
  std::lock_guard<std::mutex> lock(mu_);
  cache_.clear();
}

}  // namespace weft::vm
