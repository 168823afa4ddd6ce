#include "cli/lsp/describe.hpp"

#include <map>
#include <vector>

#include "cli/lsp/ast_walk.hpp"
#include "lang/constant.hpp"

namespace weft::lsp {

using namespace types;

namespace {

std::string typeText(const Type* t) {
  return t ? t->str(false) : "invalid type";
}

// The names of a parameter list as written ("" for an unnamed parameter).
std::vector<std::string> fieldNames(const std::vector<ast::Field*>& fields) {
  std::vector<std::string> out;
  for (const ast::Field* f : fields) {
    if (f->names.empty()) out.emplace_back();
    for (const ast::Ident* n : f->names) out.push_back(n->name);
  }
  return out;
}

// A parameter or result list: "(a int, b ...string)". Interned signatures carry no names; they
// come from the declaration's syntax when it is known.
std::string tupleText(const Tuple* tup, bool variadic, bool forceParens,
                      const std::vector<std::string>& names) {
  if (!tup) return forceParens ? "()" : "";
  bool named = names.size() == tup->vars.size();
  if (named) {
    named = false;
    for (const std::string& n : names)
      if (!n.empty()) named = true;
  }
  std::string out = "(";
  for (std::size_t i = 0; i < tup->vars.size(); i++) {
    const Var* v = tup->vars[i];
    if (i > 0) out += ", ";
    if (named) out += (names[i].empty() ? "_" : names[i]) + " ";
    if (variadic && i + 1 == tup->vars.size() && v->type && v->type->kind == Kind::Slice)
      out += "..." + typeText(static_cast<const Slice*>(v->type)->elem);
    else
      out += typeText(v->type);
  }
  out += ")";
  if (!forceParens && tup->vars.size() == 1 && !named) return out.substr(1, out.size() - 2);
  return out;
}

const std::map<std::string_view, std::string_view>& builtinSignatures() {
  // As Go's builtin package documents them.
  static const std::map<std::string_view, std::string_view> table = {
      {"append", "func append(slice []Type, elems ...Type) []Type"},
      {"cap", "func cap(v Type) int"},
      {"clear", "func clear[T ~[]Type | ~map[Type]Type1](t T)"},
      {"close", "func close(c chan<- Type)"},
      {"complex", "func complex(r, i FloatType) ComplexType"},
      {"copy", "func copy(dst, src []Type) int"},
      {"delete", "func delete(m map[Type]Type1, key Type)"},
      {"imag", "func imag(c ComplexType) FloatType"},
      {"len", "func len(v Type) int"},
      {"make", "func make(t Type, size ...IntegerType) Type"},
      {"max", "func max[T cmp.Ordered](x T, y ...T) T"},
      {"min", "func min[T cmp.Ordered](x T, y ...T) T"},
      {"new", "func new(Type) *Type"},
      {"panic", "func panic(v any)"},
      {"print", "func print(args ...Type)"},
      {"println", "func println(args ...Type)"},
      {"real", "func real(c ComplexType) FloatType"},
      {"recover", "func recover() any"},
  };
  return table;
}

// The syntax of a function's or method's signature: FuncDecl::sig, or the FuncType of an
// interface method found through its declaration.
const ast::FuncType* funcTypeOf(const Analysis& a, const Func* f) {
  if (f->decl) return f->decl->sig;
  auto d = declarationOf(a, f);
  if (!d || !d->ident) return nullptr;
  const ast::FuncType* found = nullptr;
  walk(d->file, [&](const ast::Node* n) {
    if (found) return false;
    if (auto* field = n->as<ast::Field>())
      for (const ast::Ident* name : field->names)
        if (name == d->ident && field->type) found = field->type->as<ast::FuncType>();
    return true;
  });
  return found;
}

// Struct and interface types one member per line, as gofmt lays out a declaration.
std::string underlyingText(const Analysis& a, const Type* u) {
  if (u->kind == Kind::Struct) {
    auto* s = static_cast<const Struct*>(u);
    if (s->fields.empty()) return "struct{}";
    std::string out = "struct {\n";
    for (std::size_t i = 0; i < s->fields.size(); i++) {
      const Var* f = s->fields[i];
      out += "\t";
      if (!f->embedded) out += f->name + " ";
      out += typeText(f->type);
      if (i < s->tags.size() && !s->tags[i].empty()) out += " `" + s->tags[i] + "`";
      out += "\n";
    }
    return out + "}";
  }
  if (u->kind == Kind::Interface) {
    auto* it = static_cast<const Interface*>(u);
    if (it->methods.empty() && it->embeddeds.empty()) return "interface{}";
    std::string out = "interface {\n";
    for (const Type* e : it->embeddeds) out += "\t" + typeText(e) + "\n";
    for (const Func* m : it->methods)
      out += "\t" + m->name + (m->type ? signatureText(m->sig(), funcTypeOf(a, m)) : "()") + "\n";
    return out + "}";
  }
  return typeText(u);
}

// The name of the interface type declaring method `f` ("" when unknown).
std::string interfaceOf(const Analysis& a, const Func* f) {
  if (!f->pos.valid()) return f->name == "Error" ? "error" : "";  // the universe's error
  auto d = declarationOf(a, f);
  if (!d || !d->ident) return {};
  std::string name;
  walk(d->file, [&](const ast::Node* n) {
    auto* ts = n->as<ast::TypeSpec>();
    if (!ts) return name.empty();
    walk(ts, [&](const ast::Node* m) {
      if (m == d->ident && ts->name) name = ts->name->name;
      return name.empty();
    });
    return false;
  });
  return name;
}

std::string funcText(const Analysis& a, const Func* f) {
  std::string out = "func ";
  const Signature* sig = f->type ? f->sig() : nullptr;
  if (sig && sig->recv) {
    const Var* r = sig->recv;
    out +=
        "(" + (r->name.empty() || r->name == "_" ? "" : r->name + " ") + typeText(r->type) + ") ";
  } else if (!f->parent && !f->decl) {  // an interface method: declared in no scope
    std::string iface = interfaceOf(a, f);
    if (!iface.empty()) out += "(" + iface + ") ";
  }
  out += f->name;
  out += sig ? signatureText(sig, funcTypeOf(a, f)) : "()";
  return out;
}

}  // namespace

std::string signatureText(const Signature* sig, const ast::FuncType* syntax) {
  std::vector<std::string> params, results;
  if (syntax) {
    params = fieldNames(syntax->params);
    results = fieldNames(syntax->results);
  }
  std::string out = tupleText(sig->params, sig->variadic, true, params);
  if (sig->results && !sig->results->vars.empty())
    out += " " + tupleText(sig->results, false, false, results);
  return out;
}

std::string declarationText(const Analysis& a, const Object* obj) {
  switch (obj->kind) {
    case ObjKind::Var: {
      auto* v = static_cast<const Var*>(obj);
      return std::string(v->isField ? "field " : "var ") + v->name + " " + typeText(v->type);
    }
    case ObjKind::Const: {
      auto* c = static_cast<const Const*>(obj);
      std::string out = "const " + c->name;
      if (c->type) out += " " + typeText(c->type);
      if (c->value && c->value->known()) out += " = " + c->value->str();
      return out;
    }
    case ObjKind::TypeName: {
      auto* tn = static_cast<const TypeName*>(obj);
      if (!tn->type) return "type " + tn->name;
      if (tn->alias) return "type " + tn->name + " = " + typeText(tn->type);
      if (tn->type->kind != Kind::Named) return "type " + tn->name;  // int, string, ...
      auto* named = static_cast<const Named*>(tn->type);
      std::string out = "type " + tn->name + " " + underlyingText(a, named->underlying());
      if (!named->methods.empty()) out += "\n";
      for (const Func* m : named->methods) out += "\n" + funcText(a, m);
      return out;
    }
    case ObjKind::Func:
      return funcText(a, static_cast<const Func*>(obj));
    case ObjKind::PkgName: {
      auto* p = static_cast<const PkgName*>(obj);
      std::string out = "package " + p->name;
      if (p->imported && p->imported->path != p->name) out += " (\"" + p->imported->path + "\")";
      return out;
    }
    case ObjKind::Builtin: {
      auto& table = builtinSignatures();
      auto it = table.find(obj->name);
      return it != table.end() ? std::string(it->second) : "func " + obj->name;
    }
    case ObjKind::Label:
      return "label " + obj->name;
    case ObjKind::Nil:
      return "var nil Type // Type must be a pointer, channel, func, interface, map, or slice type";
  }
  return obj->name;
}

std::string detailText(const Analysis& a, const Object* obj) {
  switch (obj->kind) {
    case ObjKind::Func: {
      auto* f = static_cast<const Func*>(obj);
      return f->type ? "func" + signatureText(f->sig(), funcTypeOf(a, f)) : "func";
    }
    case ObjKind::TypeName:
      if (obj->type && obj->type->kind == Kind::Named)
        return typeText(static_cast<const Named*>(obj->type)->underlying());
      return obj->type ? typeText(obj->type) : "";
    case ObjKind::PkgName: {
      auto* p = static_cast<const PkgName*>(obj);
      return p->imported ? "\"" + p->imported->path + "\"" : "";
    }
    case ObjKind::Builtin:
    case ObjKind::Nil:
      return declarationText(a, obj);
    case ObjKind::Label:
      return "label";
    default:
      return obj->type ? typeText(obj->type) : "";
  }
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The lines of `source` as views (without terminators).
std::vector<std::string_view> linesOf(std::string_view source) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (;;) {
    auto nl = source.find('\n', start);
    if (nl == std::string_view::npos) {
      lines.push_back(source.substr(start));
      return lines;
    }
    lines.push_back(source.substr(start, nl - start));
    start = nl + 1;
  }
}

}  // namespace

std::string docCommentAt(std::string_view source, std::size_t offset) {
  if (offset > source.size()) return {};
  std::size_t line = 0;
  for (std::size_t i = 0; i < offset; i++)
    if (source[i] == '\n') line++;
  std::vector<std::string_view> lines = linesOf(source);
  std::vector<std::string> doc;  // bottom-up
  std::size_t i = line;
  if (i > 0 && trim(lines[i - 1]).ends_with("*/")) {
    // A block comment ending right above.
    std::vector<std::string> block;
    while (i > 0) {
      std::string_view l = trim(lines[--i]);
      auto open = l.find("/*");
      if (open != std::string_view::npos) {
        l = l.substr(open + 2);
        if (l.ends_with("*/")) l.remove_suffix(2);
        block.emplace_back(trim(l));
        break;
      }
      if (l.ends_with("*/")) l.remove_suffix(2);
      block.emplace_back(l);
    }
    doc = std::move(block);
  } else {
    while (i > 0) {
      std::string_view l = trim(lines[i - 1]);
      if (!l.starts_with("//")) break;
      l.remove_prefix(2);
      if (!l.empty() && l.front() == ' ') l.remove_prefix(1);
      doc.emplace_back(l);
      i--;
    }
  }
  std::string out;
  for (auto it = doc.rbegin(); it != doc.rend(); ++it) {
    if (!out.empty()) out += "\n";
    out += *it;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  if (out.empty() && line < lines.size()) {
    // A trailing comment on the declaration's own line (struct fields, constants).
    std::string_view rest = lines[line];
    std::size_t col = offset - (std::size_t)(lines[line].data() - source.data());
    auto slash = rest.find("//", col);
    if (slash != std::string_view::npos &&
        rest.substr(col, slash - col).find('"') == std::string_view::npos &&
        rest.substr(col, slash - col).find('`') == std::string_view::npos)
      out = std::string(trim(rest.substr(slash + 2)));
  }
  return out;
}

std::string docOf(const Analysis& a, const Object* obj) {
  if (obj->kind == ObjKind::Func) {
    auto* f = static_cast<const Func*>(obj);
    if (f->decl && !f->decl->doc.empty()) {
      std::string doc = f->decl->doc;
      while (!doc.empty() && doc.back() == '\n') doc.pop_back();
      return doc;
    }
  }
  if (obj->kind == ObjKind::PkgName) {
    // The package's own doc comment, above its package clause.
    auto* p = static_cast<const PkgName*>(obj);
    for (const auto& cp : a.program->packages)
      if (cp.pkg == p->imported && !cp.files.empty() && cp.files[0]->package)
        if (const Text* t = a.source(cp.files[0]->filename))
          return docCommentAt(t->str(), cp.files[0]->package->pos.offset);
    return {};
  }
  // Only package-level declarations and fields have doc comments; a comment above a local
  // variable is about the statement.
  bool field = obj->kind == ObjKind::Var && static_cast<const Var*>(obj)->isField;
  bool packageLevel = obj->pkg && obj->parent && obj->parent == obj->pkg->scope;
  if (!field && !packageLevel && obj->kind != ObjKind::Func) return {};
  auto decl = declarationOf(a, obj);
  if (!decl) return {};
  const Text* t = a.source(decl->filename);
  return t ? docCommentAt(t->str(), decl->offset) : std::string();
}

}  // namespace weft::lsp
