// Method lookup over the checker's types (see methods.hpp).
#include "stdlib/methods.hpp"

#include <set>
#include <vector>

#include "lang/types.hpp"

namespace weft::stdlib {
namespace {

using types::Kind;

struct Candidate {
  const types::Type* type;  // a Named type or an unnamed struct
  bool viaPointer;          // reached through a pointer: pointer-receiver methods count
};

}  // namespace

const types::Func* findMethod(const types::Type* t, std::string_view name) {
  if (!t) return nullptr;
  std::vector<Candidate> level;
  if (t->kind == Kind::Pointer) {
    const types::Type* elem = static_cast<const types::Pointer*>(t)->elem;
    if (elem->kind != Kind::Named) return nullptr;  // only *T with T named has methods
    level.push_back({elem, true});
  } else {
    level.push_back({t, false});
  }
  std::set<const types::Type*> seen;
  while (!level.empty()) {
    const types::Func* found = nullptr;
    int matches = 0;
    std::vector<Candidate> next;
    for (const Candidate& c : level) {
      const types::Type* under = c.type->underlying();
      if (c.type->kind == Kind::Named) {
        if (!seen.insert(c.type).second) continue;
        for (const types::Func* m : static_cast<const types::Named*>(c.type)->methods) {
          if (m->name == name && (!m->ptrRecv || c.viaPointer)) {
            found = m;
            matches++;
          }
        }
      }
      if (under->kind == Kind::Interface) {
        auto* it = static_cast<const types::Interface*>(under);
        for (const types::Func* m : it->complete ? it->allMethods : it->methods) {
          if (m->name == name) {
            found = m;
            matches++;
          }
        }
      } else if (under->kind == Kind::Struct) {
        for (const types::Var* f : static_cast<const types::Struct*>(under)->fields) {
          if (!f->embedded) continue;
          const types::Type* ft = f->type;
          if (ft->kind == Kind::Pointer) {
            next.push_back({static_cast<const types::Pointer*>(ft)->elem, true});
          } else {
            next.push_back({ft, c.viaPointer});
          }
        }
      }
    }
    if (matches == 1) return found;
    if (matches > 1) return nullptr;  // ambiguous at this depth
    level = std::move(next);
  }
  return nullptr;
}

const types::Func* findStringMethod(const types::Type* t, std::string_view name) {
  const types::Func* m = findMethod(t, name);
  if (!m || !m->type || m->type->kind != Kind::Signature) return nullptr;
  const types::Signature* sig = m->sig();
  if ((sig->params && sig->params->size() != 0) || !sig->results || sig->results->size() != 1)
    return nullptr;
  if (sig->results->vars[0]->type->kind != Kind::String) return nullptr;
  return m;
}

namespace {

bool sameTuple(const types::Tuple* a, const types::Tuple* b) {
  std::size_t na = a ? a->size() : 0, nb = b ? b->size() : 0;
  if (na != nb) return false;
  for (std::size_t i = 0; i < na; i++)
    if (a->vars[i]->type != b->vars[i]->type) return false;
  return true;
}

}  // namespace

bool implements(const types::Type* t, const types::Interface* iface) {
  for (const types::Func* want : iface->complete ? iface->allMethods : iface->methods) {
    const types::Func* have = findMethod(t, want->name);
    if (!have) return false;
    const types::Signature* hs = have->sig();
    const types::Signature* ws = want->sig();
    if (hs->variadic != ws->variadic || !sameTuple(hs->params, ws->params) ||
        !sameTuple(hs->results, ws->results))
      return false;
  }
  return true;
}

bool comparable(const types::Type* t) {
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Signature:
      return false;
    case Kind::Array:
      return comparable(static_cast<const types::Array*>(u)->elem);
    case Kind::Struct:
      for (const types::Var* f : static_cast<const types::Struct*>(u)->fields)
        if (!comparable(f->type)) return false;
      return true;
    default:
      return true;
  }
}

}  // namespace weft::stdlib
