#include "lang/check/type_table.hpp"

#include <algorithm>
#include <cstring>

#include "lang/constant.hpp"

namespace weft::lang::check {

using namespace types;

namespace {

// Builds the interning key of a type: a byte string of kinds, pointers and names.
class Key {
 public:
  explicit Key(Kind k) { s_ += char(k); }
  Key& ptr(const void* p) {
    char buf[sizeof p];
    std::memcpy(buf, &p, sizeof p);
    s_.append(buf, sizeof p);
    return *this;
  }
  Key& num(int64_t v) {
    char buf[sizeof v];
    std::memcpy(buf, &v, sizeof v);
    s_.append(buf, sizeof v);
    return *this;
  }
  Key& str(std::string_view v) {
    num(int64_t(v.size()));
    s_.append(v);
    return *this;
  }
  std::string take() { return std::move(s_); }

 private:
  std::string s_;
};

bool exportedName(std::string_view n) {
  return !n.empty() && n[0] >= 'A' && n[0] <= 'Z';
}

}  // namespace

TypeTable::TypeTable() {
  buildUniverse();
}
TypeTable::~TypeTable() = default;

Type* TypeTable::own(std::unique_ptr<Type> t) {
  Type* raw = t.get();
  types_.push_back(std::move(t));
  return raw;
}

template <class T>
const T* TypeTable::intern(std::string key, std::unique_ptr<T> fresh) {
  auto it = interned_.find(key);
  if (it != interned_.end()) return static_cast<const T*>(it->second);
  const T* raw = static_cast<const T*>(own(std::move(fresh)));
  interned_.emplace(std::move(key), raw);
  return raw;
}

const Type* TypeTable::defaultType(const Type* t) const {
  switch (t->kind) {
    case Kind::UntypedBool:
      return basic(Kind::Bool);
    case Kind::UntypedInt:
      return basic(Kind::Int);
    case Kind::UntypedRune:
      return basic(Kind::Int32);
    case Kind::UntypedFloat:
      return basic(Kind::Float64);
    case Kind::UntypedComplex:
      return basic(Kind::Complex128);
    case Kind::UntypedString:
      return basic(Kind::String);
    default:
      return t;
  }
}

const Slice* TypeTable::slice(const Type* elem) {
  return intern(Key(Kind::Slice).ptr(elem).take(), std::make_unique<Slice>(elem));
}

const Pointer* TypeTable::pointer(const Type* elem) {
  return intern(Key(Kind::Pointer).ptr(elem).take(), std::make_unique<Pointer>(elem));
}

const Array* TypeTable::array(const Type* elem, int64_t len) {
  return intern(Key(Kind::Array).ptr(elem).num(len).take(), std::make_unique<Array>(elem, len));
}

const Map* TypeTable::map(const Type* key, const Type* elem) {
  return intern(Key(Kind::Map).ptr(key).ptr(elem).take(), std::make_unique<Map>(key, elem));
}

const Chan* TypeTable::chan(types::ChanDir dir, const Type* elem) {
  return intern(Key(Kind::Chan).num(int64_t(dir)).ptr(elem).take(),
                std::make_unique<Chan>(dir, elem));
}

const Tuple* TypeTable::tuple(const std::vector<const Type*>& elems) {
  Key key(Kind::Tuple);
  for (const Type* t : elems) key.ptr(t);
  std::string k = key.take();
  auto it = interned_.find(k);
  if (it != interned_.end()) return static_cast<const Tuple*>(it->second);
  auto tup = std::make_unique<Tuple>();
  for (const Type* t : elems) tup->vars.push_back(newObject<Var>("", ast::Pos{}, t));
  return intern(std::move(k), std::move(tup));
}

const Signature* TypeTable::signature(const Tuple* params, const Tuple* results, bool variadic) {
  auto sig = std::make_unique<Signature>();
  sig->params = params;
  sig->results = results;
  sig->variadic = variadic;
  return intern(Key(Kind::Signature).ptr(params).ptr(results).num(variadic).take(), std::move(sig));
}

const Struct* TypeTable::structType(const std::vector<FieldSpec>& fields) {
  Key key(Kind::Struct);
  for (const FieldSpec& f : fields) {
    key.str(f.name).ptr(f.type).num(f.embedded).str(f.tag);
    key.ptr(exportedName(f.name) ? nullptr : f.pkg);
  }
  std::string k = key.take();
  auto it = interned_.find(k);
  if (it != interned_.end()) return static_cast<const Struct*>(it->second);
  auto st = std::make_unique<Struct>();
  for (const FieldSpec& f : fields) {
    Var* v = newObject<Var>(f.name, f.pos, f.type);
    v->isField = true;
    v->embedded = f.embedded;
    v->pkg = f.pkg;
    st->fields.push_back(v);
    st->tags.push_back(f.tag);
  }
  return intern(std::move(k), std::move(st));
}

TypeParam* TypeTable::newTypeParam(TypeName* obj) {
  return static_cast<TypeParam*>(own(std::make_unique<TypeParam>(obj)));
}

const Interface* TypeTable::newInterface(const std::vector<MethodSpec>& methods,
                                         const std::vector<const Type*>& embeddeds) {
  // Built like an interned one (shares its method Funcs), then copied into a fresh object.
  const Interface* shared = interfaceType(methods, embeddeds);
  auto iface = std::make_unique<Interface>();
  iface->allMethods = shared->allMethods;
  iface->methods = shared->methods;
  iface->embeddeds = embeddeds;
  iface->complete = true;
  return static_cast<const Interface*>(own(std::move(iface)));
}

const Interface* TypeTable::interfaceType(const std::vector<MethodSpec>& methods,
                                          const std::vector<const Type*>& embeddeds) {
  // The complete method set: explicit methods, then those of embedded interfaces.
  struct Entry {
    std::string name;
    Package* pkg;
    const Signature* sig;
    ast::Pos pos;
  };
  std::vector<Entry> all;
  auto add = [&](const std::string& name, Package* pkg, const Signature* sig, ast::Pos pos) {
    for (const Entry& e : all)
      if (e.name == name && (exportedName(name) || e.pkg == pkg)) return;
    all.push_back({name, exportedName(name) ? nullptr : pkg, sig, pos});
  };
  for (const MethodSpec& m : methods) add(m.name, m.pkg, m.sig, m.pos);
  for (const Type* e : embeddeds) {
    const Type* u = e->underlying();
    if (u->kind != Kind::Interface) continue;
    for (const Func* f : static_cast<const Interface*>(u)->allMethods)
      add(f->name, f->pkg, f->sig(), f->pos);
  }
  std::sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) {
    if (a.name != b.name) return a.name < b.name;
    return std::less<const Package*>()(a.pkg, b.pkg);
  });
  Key key(Kind::Interface);
  for (const Entry& e : all) key.str(e.name).ptr(e.pkg).ptr(e.sig);
  std::string k = key.take();
  auto it = interned_.find(k);
  if (it != interned_.end()) return static_cast<const Interface*>(it->second);

  auto iface = std::make_unique<Interface>();
  for (const Entry& e : all) {
    Func* f = newObject<Func>(e.name, e.pos, e.sig);
    f->pkg = e.pkg;
    iface->allMethods.push_back(f);
  }
  // `methods` keeps the explicitly declared ones (for printing); they share the Func objects.
  for (const MethodSpec& m : methods)
    for (Func* f : iface->allMethods)
      if (f->name == m.name) {
        iface->methods.push_back(f);
        break;
      }
  iface->embeddeds = embeddeds;
  iface->complete = true;
  return intern(std::move(k), std::move(iface));
}

Named* TypeTable::newNamed(TypeName* obj) {
  return static_cast<Named*>(own(std::make_unique<Named>(obj)));
}

const Signature* TypeTable::methodSignature(Var* recv, const Signature* sig) {
  auto s = std::make_unique<Signature>();
  s->recv = recv;
  s->params = sig->params;
  s->results = sig->results;
  s->variadic = sig->variadic;
  return static_cast<const Signature*>(own(std::move(s)));
}

Scope* TypeTable::newScope(Scope* outer) {
  scopes_.push_back(std::make_unique<Scope>(outer));
  return scopes_.back().get();
}

Package* TypeTable::newPackage(std::string path, std::string name) {
  auto p = std::make_unique<Package>();
  p->path = std::move(path);
  p->name = std::move(name);
  p->scope = newScope(universe_);
  packages_.push_back(std::move(p));
  return packages_.back().get();
}

void TypeTable::buildUniverse() {
  universe_ = newScope(nullptr);
  struct B {
    Kind kind;
    const char* name;
  };
  static const B kBasics[] = {
      {Kind::Invalid, "invalid type"},
      {Kind::Bool, "bool"},
      {Kind::Int, "int"},
      {Kind::Int8, "int8"},
      {Kind::Int16, "int16"},
      {Kind::Int32, "int32"},
      {Kind::Int64, "int64"},
      {Kind::Uint, "uint"},
      {Kind::Uint8, "uint8"},
      {Kind::Uint16, "uint16"},
      {Kind::Uint32, "uint32"},
      {Kind::Uint64, "uint64"},
      {Kind::Uintptr, "uintptr"},
      {Kind::Float32, "float32"},
      {Kind::Float64, "float64"},
      {Kind::Complex64, "complex64"},
      {Kind::Complex128, "complex128"},
      {Kind::String, "string"},
      {Kind::UnsafePointer, "unsafe.Pointer"},
      {Kind::UntypedBool, "untyped bool"},
      {Kind::UntypedInt, "untyped int"},
      {Kind::UntypedRune, "untyped rune"},
      {Kind::UntypedFloat, "untyped float"},
      {Kind::UntypedComplex, "untyped complex"},
      {Kind::UntypedString, "untyped string"},
      {Kind::UntypedNil, "untyped nil"},
  };
  basics_.assign(size_t(Kind::UntypedNil) + 1, nullptr);
  for (const B& b : kBasics) {
    const Basic* t = static_cast<const Basic*>(own(std::make_unique<Basic>(b.kind, b.name)));
    basics_[size_t(b.kind)] = t;
    bool typed = b.kind >= Kind::Bool && b.kind <= Kind::String;
    if (typed) {
      auto tn = newObject<TypeName>(b.name, ast::Pos{}, t);
      tn->parent = universe_;
      universe_->names[b.name] = tn;
    }
  }
  auto alias = [&](const char* name, const Type* t) {
    auto tn = newObject<TypeName>(name, ast::Pos{}, t);
    tn->alias = true;
    tn->parent = universe_;
    universe_->names[name] = tn;
  };
  alias("byte", basic(Kind::Uint8));
  alias("rune", basic(Kind::Int32));
  emptyInterface_ = interfaceType({}, {});
  alias("any", emptyInterface_);

  // type error interface { Error() string }
  auto errorName = newObject<TypeName>("error", ast::Pos{}, nullptr);
  Named* err = newNamed(errorName);
  errorName->type = err;
  errorName->parent = universe_;
  const Signature* errorSig = signature({}, {basic(Kind::String)}, false);
  err->underlyingType = interfaceType({MethodSpec{"Error", ast::Pos{}, errorSig, nullptr}}, {});
  universe_->names["error"] = errorName;
  errorType_ = err;

  // comparable: only meaningful as a constraint (generics are not supported yet).
  auto compName = newObject<TypeName>("comparable", ast::Pos{}, nullptr);
  Named* comp = newNamed(compName);
  compName->type = comp;
  compName->parent = universe_;
  auto compIface = std::make_unique<Interface>();
  compIface->complete = true;
  comp->underlyingType = own(std::move(compIface));
  universe_->names["comparable"] = compName;

  auto constant = [&](const char* name, Kind k) {
    auto c = newObject<Const>(name, ast::Pos{}, basic(k));
    c->parent = universe_;
    universe_->names[name] = c;
    return c;
  };
  constant("true", Kind::UntypedBool)->value = makeBool(true);
  constant("false", Kind::UntypedBool)->value = makeBool(false);
  iota_ = constant("iota", Kind::UntypedInt);  // its value depends on the ValueSpec

  auto nil = newObject<Nil>(basic(Kind::UntypedNil));
  nil->parent = universe_;
  universe_->names["nil"] = nil;

  struct F {
    const char* name;
    BuiltinId id;
  };
  static const F kBuiltins[] = {
      {"append", BuiltinId::Append},   {"cap", BuiltinId::Cap},
      {"clear", BuiltinId::Clear},     {"close", BuiltinId::Close},
      {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
      {"delete", BuiltinId::Delete},   {"imag", BuiltinId::Imag},
      {"len", BuiltinId::Len},         {"make", BuiltinId::Make},
      {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
      {"new", BuiltinId::New},         {"panic", BuiltinId::Panic},
      {"print", BuiltinId::Print},     {"println", BuiltinId::Println},
      {"real", BuiltinId::Real},       {"recover", BuiltinId::Recover},
  };
  for (const F& f : kBuiltins) {
    auto b = newObject<Builtin>(f.name, f.id);
    b->parent = universe_;
    universe_->names[f.name] = b;
  }
}

}  // namespace weft::lang::check
