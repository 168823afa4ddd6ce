// Field and method lookup through embedded fields, after go/types' lookup.go.
#include "lang/check/lookup.hpp"

#include <algorithm>
#include <set>

namespace weft::lang::check {

using namespace types;

bool identical(const Type* x, const Type* y) {
  if (x == y) return true;
  if (!x || !y) return false;
  if (x->kind == Kind::Signature && y->kind == Kind::Signature) {
    auto a = static_cast<const Signature*>(x);
    auto b = static_cast<const Signature*>(y);
    return a->params == b->params && a->results == b->results && a->variadic == b->variadic;
  }
  return false;
}

namespace {

bool comparableRec(const Type* t, std::set<const Type*>& seen) {
  if (!seen.insert(t).second) return true;
  const Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Pointer:
    case Kind::Chan:
    case Kind::Interface:
      return true;
    case Kind::Struct:
      for (const Var* f : static_cast<const Struct*>(u)->fields)
        if (!comparableRec(f->type, seen)) return false;
      return true;
    case Kind::Array:
      return comparableRec(static_cast<const Array*>(u)->elem, seen);
    case Kind::Slice:
    case Kind::Map:
    case Kind::Signature:
    case Kind::Tuple:
    case Kind::TypeParam:
    case Kind::Named:
      return false;
    default:
      return u->kind != Kind::UntypedNil;  // invalid types count: no follow-on errors
  }
}

}  // namespace

bool comparable(const Type* t) {
  std::set<const Type*> seen;
  return comparableRec(t, seen);
}

bool hasNil(const Type* t) {
  switch (t->underlying()->kind) {
    case Kind::UnsafePointer:
    case Kind::Slice:
    case Kind::Pointer:
    case Kind::Signature:
    case Kind::Map:
    case Kind::Chan:
    case Kind::Interface:
    case Kind::UntypedNil:
      return true;
    default:
      return false;
  }
}

bool isOrdered(const Type* t) {
  return t->isInteger() || t->isFloat() || t->isString();
}

const Type* derefPointer(const Type* t, bool* isPtr) {
  if (t->kind == Kind::Pointer) {
    if (isPtr) *isPtr = true;
    return static_cast<const Pointer*>(t)->elem;
  }
  if (isPtr) *isPtr = false;
  return t;
}

bool sameId(const Object* obj, const Package* pkg, std::string_view name) {
  if (obj->name != name) return false;
  if (obj->exported()) return true;
  // Unexported: same package (universe objects such as error's Error have pkg null).
  if (!obj->pkg || !pkg) return obj->pkg == pkg || !obj->pkg;
  return obj->pkg == pkg || obj->pkg->path == pkg->path;
}

const std::vector<Func*>& interfaceMethods(const Type* iface) {
  static const std::vector<Func*> none;
  const Type* u = iface->underlying();
  if (u->kind != Kind::Interface) return none;
  return static_cast<const Interface*>(u)->allMethods;
}

namespace {

struct Embedded {
  const Type* type;
  std::vector<int> path;
  bool indirect;
  bool multiples;
};

std::vector<int> concat(const std::vector<int>& p, int i) {
  std::vector<int> r = p;
  r.push_back(i);
  return r;
}

Func* namedMethod(const Named* n, const Package* pkg, std::string_view name) {
  for (Func* m : n->methods)
    if (sameId(m, pkg, name)) return m;
  return nullptr;
}

Func* ifaceMethod(const Interface* it, const Package* pkg, std::string_view name) {
  for (Func* m : it->allMethods)
    if (sameId(m, pkg, name)) return m;
  return nullptr;
}

Selection lookup(const Type* T, bool addressable, const Package* pkg, std::string_view name) {
  Selection sel;
  if (name == "_") return sel;
  bool isPtr = false;
  const Type* typ = derefPointer(T, &isPtr);
  if (isPtr && typ->underlying()->kind == Kind::Interface) return sel;

  std::vector<Embedded> current{{typ, {}, isPtr, false}};
  std::set<const Named*> seen;
  Object* obj = nullptr;
  std::vector<int> path;
  bool indirect = false;
  auto collision = [&](std::vector<int> p) {
    Selection s;
    s.status = LookupStatus::Ambiguous;
    s.path = std::move(p);
    return s;
  };

  while (!current.empty()) {
    std::vector<Embedded> next;
    for (const Embedded& e : current) {
      const Type* t = e.type;
      if (t->kind == Kind::Named) {
        auto named = static_cast<const Named*>(t);
        if (!seen.insert(named).second) continue;
        if (Func* m = namedMethod(named, pkg, name)) {
          if (obj || e.multiples) return collision(e.path);
          obj = m;
          path = e.path;
          indirect = e.indirect;
          continue;
        }
      }
      const Type* u = t->underlying();
      if (u->kind == Kind::Struct) {
        auto st = static_cast<const Struct*>(u);
        for (std::size_t i = 0; i < st->fields.size(); i++) {
          Var* f = st->fields[i];
          if (sameId(f, pkg, name)) {
            if (obj || e.multiples) return collision(concat(e.path, int(i)));
            obj = f;
            path = concat(e.path, int(i));
            indirect = e.indirect;
            continue;
          }
          if (!obj && f->embedded) {
            bool p = false;
            const Type* ft = derefPointer(f->type, &p);
            next.push_back({ft, concat(e.path, int(i)), e.indirect || p, e.multiples});
          }
        }
      } else if (u->kind == Kind::Interface) {
        if (Func* m = ifaceMethod(static_cast<const Interface*>(u), pkg, name)) {
          if (obj || e.multiples) return collision(e.path);
          obj = m;
          path = e.path;
          indirect = e.indirect;
        }
      }
    }
    if (obj) {
      sel.obj = obj;
      sel.path = std::move(path);
      sel.indirect = indirect;
      sel.status = LookupStatus::Found;
      if (obj->kind == ObjKind::Func) {
        auto f = static_cast<Func*>(obj);
        if (f->ptrRecv && !indirect && !addressable) sel.status = LookupStatus::NeedsPointer;
      }
      return sel;
    }
    // Consolidate: the same type reached twice at one depth is ambiguous below it.
    std::vector<Embedded> merged;
    for (Embedded& e : next) {
      bool dup = false;
      for (Embedded& m : merged)
        if (identical(m.type, e.type)) {
          m.multiples = true;
          dup = true;
          break;
        }
      if (!dup) merged.push_back(std::move(e));
    }
    current = std::move(merged);
  }
  return sel;
}

}  // namespace

Selection lookupFieldOrMethod(const Type* T, bool addressable, const Package* pkg,
                              std::string_view name) {
  // A named pointer type `type P *S` has the fields of S but no methods.
  if (T->kind == Kind::Named && T->underlying()->kind == Kind::Pointer) {
    Selection s = lookup(T->underlying(), false, pkg, name);
    if (s.obj && s.obj->kind == ObjKind::Func) return Selection{};
    return s;
  }
  return lookup(T, addressable, pkg, name);
}

MissingMethod missingMethod(const Type* V, const Interface* T, bool staticCheck,
                            const ResolveFunc& resolve) {
  MissingMethod r;
  if (T->allMethods.empty()) return r;
  if (V->underlying()->kind == Kind::Interface) {
    auto vi = static_cast<const Interface*>(V->underlying());
    for (Func* m : T->allMethods) {
      Func* f = ifaceMethod(vi, m->pkg, m->name);
      if (!f) {
        if (!staticCheck) continue;
        r.method = m;
        return r;
      }
      if (!identical(f->type, m->type)) {
        r.method = m;
        r.alt = f;
        return r;
      }
    }
    return r;
  }
  for (Func* m : T->allMethods) {
    Selection s = lookup(V, false, m->pkg, m->name);
    bool found = s.status == LookupStatus::Found;
    if (!found && s.status != LookupStatus::NeedsPointer) s = lookup(V, true, m->pkg, m->name);
    Object* obj = s.obj;
    if (!obj || obj->kind != ObjKind::Func) {
      r.method = m;
      return r;
    }
    auto f = static_cast<Func*>(obj);
    if (resolve) resolve(f);
    if (!found || !identical(f->type, m->type)) {
      r.method = m;
      r.alt = f;
      return r;
    }
  }
  return r;
}

namespace {

std::string funcString(const Func* f) {
  // "M(int) string": the signature's text after "func".
  std::string s = f->type ? f->type->str() : "func()";
  return f->name + s.substr(4);
}

bool isInterfacePtr(const Type* t) {
  const Type* u = t->underlying();
  return u->kind == Kind::Pointer && static_cast<const Pointer*>(u)->elem->isInterface();
}

}  // namespace

std::string missingMethodReason(const Type* V, const Type* T, const MissingMethod& m) {
  if (!m.method) return "";
  const std::string& name = m.method->name;
  if (m.alt) {
    if (m.alt->name != name)
      return "(missing method " + name + ")\n\t\thave " + funcString(m.alt) + "\n\t\twant " +
             funcString(m.method);
    if (identical(m.alt->type, m.method->type)) return "(method " + name + " has pointer receiver)";
    return "(wrong type for method " + name + ")\n\t\thave " + funcString(m.alt) + "\n\t\twant " +
           funcString(m.method);
  }
  if (isInterfacePtr(V)) return "(type " + V->str() + " is pointer to interface, not interface)";
  if (isInterfacePtr(T)) return "(type " + T->str() + " is pointer to interface, not interface)";
  return "(missing method " + name + ")";
}

std::vector<MethodSetEntry> methodSet(const Type* T) {
  // Candidate names: every method reachable through T and its embedded fields.
  std::vector<std::pair<std::string, const Package*>> names;
  std::set<const Type*> visited;
  std::vector<const Type*> work{derefPointer(T)};
  while (!work.empty()) {
    const Type* t = work.back();
    work.pop_back();
    if (!visited.insert(t).second) continue;
    if (t->kind == Kind::Named)
      for (Func* m : static_cast<const Named*>(t)->methods) names.push_back({m->name, m->pkg});
    const Type* u = t->underlying();
    if (u->kind == Kind::Struct) {
      for (Var* f : static_cast<const Struct*>(u)->fields)
        if (f->embedded) work.push_back(derefPointer(f->type));
    } else if (u->kind == Kind::Interface) {
      for (Func* m : static_cast<const Interface*>(u)->allMethods)
        names.push_back({m->name, m->pkg});
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::vector<MethodSetEntry> out;
  for (auto& [name, pkg] : names) {
    Selection s = lookupFieldOrMethod(T, false, pkg, name);
    if (s.status != LookupStatus::Found || s.obj->kind != ObjKind::Func) continue;
    out.push_back({static_cast<Func*>(s.obj), s.path, s.indirect});
  }
  return out;
}

}  // namespace weft::lang::check
