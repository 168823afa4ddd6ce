// go vet's copylocks (see copylocks.hpp): x/tools' passes/copylock/copylock.go, Go 1.19.
#include "lang/check/copylocks.hpp"

#include <memory>
#include <optional>
#include <vector>

#include "lang/ast_walk.hpp"
#include "lang/check/checker.hpp"
#include "lang/check/lookup.hpp"

namespace weft::lang::check {
namespace {

using types::Kind;
using types::Type;

// ---------------------------------------------------------------------------------------------
// Types as go/types' TypeString prints them with no qualifier (full import paths).

void writeType(std::string& out, const Type* t);

void writeTuple(std::string& out, const types::Tuple* tup, bool variadic) {
  out += '(';
  for (std::size_t i = 0; i < tup->vars.size(); i++) {
    if (i) out += ", ";
    const types::Var* v = tup->vars[i];
    if (!v->name.empty()) out += v->name + " ";
    if (variadic && i + 1 == tup->vars.size() && v->type->kind == Kind::Slice) {
      out += "...";
      writeType(out, static_cast<const types::Slice*>(v->type)->elem);
    } else {
      writeType(out, v->type);
    }
  }
  out += ')';
}

void writeSignature(std::string& out, const types::Signature* sig) {
  writeTuple(out, sig->params, sig->variadic);
  const auto& res = sig->results->vars;
  if (res.empty()) return;
  out += ' ';
  if (res.size() == 1 && res[0]->name.empty()) {
    writeType(out, res[0]->type);
    return;
  }
  writeTuple(out, sig->results, false);
}

// strconv.Quote for a struct tag (tags are printable text in practice).
std::string quote(std::string_view s) {
  static const char* hex = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string packagePath(const types::Package* pkg) {
  return pkg->path == "main" ? "command-line-arguments" : pkg->path;
}

void writeType(std::string& out, const Type* t) {
  if (!t) {
    out += "<nil>";
    return;
  }
  switch (t->kind) {
    case Kind::Array: {
      auto a = static_cast<const types::Array*>(t);
      out += '[' + std::to_string(a->len) + ']';
      writeType(out, a->elem);
      return;
    }
    case Kind::Slice:
      out += "[]";
      writeType(out, static_cast<const types::Slice*>(t)->elem);
      return;
    case Kind::Pointer:
      out += '*';
      writeType(out, static_cast<const types::Pointer*>(t)->elem);
      return;
    case Kind::Struct: {
      auto s = static_cast<const types::Struct*>(t);
      out += "struct{";
      for (std::size_t i = 0; i < s->fields.size(); i++) {
        if (i) out += "; ";
        const types::Var* f = s->fields[i];
        if (!f->embedded) out += f->name + " ";
        writeType(out, f->type);
        if (i < s->tags.size() && !s->tags[i].empty()) out += " " + quote(s->tags[i]);
      }
      out += '}';
      return;
    }
    case Kind::Tuple:
      writeTuple(out, static_cast<const types::Tuple*>(t), false);
      return;
    case Kind::Signature:
      out += "func";
      writeSignature(out, static_cast<const types::Signature*>(t));
      return;
    case Kind::Interface: {
      auto it = static_cast<const types::Interface*>(t);
      out += "interface{";
      bool first = true;
      for (const types::Func* m : it->methods) {
        if (!first) out += "; ";
        first = false;
        out += m->name;
        writeSignature(out, static_cast<const types::Signature*>(m->type));
      }
      for (const Type* e : it->embeddeds) {
        if (!first) out += "; ";
        first = false;
        writeType(out, e);
      }
      out += '}';
      return;
    }
    case Kind::Map: {
      auto m = static_cast<const types::Map*>(t);
      out += "map[";
      writeType(out, m->key);
      out += ']';
      writeType(out, m->elem);
      return;
    }
    case Kind::Chan: {
      auto c = static_cast<const types::Chan*>(t);
      bool parens = false;
      if (c->dir == types::ChanDir::Send) {
        out += "chan<- ";
      } else if (c->dir == types::ChanDir::Recv) {
        out += "<-chan ";
      } else {
        out += "chan ";
        parens = c->elem->kind == Kind::Chan &&
                 static_cast<const types::Chan*>(c->elem)->dir == types::ChanDir::Recv;
      }
      if (parens) out += '(';
      writeType(out, c->elem);
      if (parens) out += ')';
      return;
    }
    case Kind::Named: {
      auto n = static_cast<const types::Named*>(t);
      if (n->obj->pkg) out += packagePath(n->obj->pkg) + ".";
      out += n->obj->name;
      return;
    }
    default:
      out += t->str();
      return;
  }
}

std::string typeString(const Type* t) {
  std::string out;
  writeType(out, t);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Expressions as go/printer prints them (analysisutil.Format).

class Printer {
 public:
  explicit Printer(const SourceLookup& source, std::string_view file)
      : source_(source), file_(file) {}

  std::string print(const ast::Expr* e) {
    std::string out;
    write(out, e, 1);
    return out;
  }

 private:
  void list(std::string& out, const std::vector<ast::Expr*>& xs, int depth) {
    for (std::size_t i = 0; i < xs.size(); i++) {
      if (i) out += ", ";
      write(out, xs[i], depth);
    }
  }

  void fields(std::string& out, const std::vector<ast::Field*>& fs, const char* sep) {
    for (std::size_t i = 0; i < fs.size(); i++) {
      if (i) out += sep;
      const ast::Field* f = fs[i];
      for (std::size_t j = 0; j < f->names.size(); j++) {
        if (j) out += ", ";
        out += f->names[j]->name;
      }
      if (!f->names.empty()) out += ' ';
      write(out, f->type, 1);
    }
  }

  void signature(std::string& out, const ast::FuncType* ft) {
    out += '(';
    fields(out, ft->params, ", ");
    out += ')';
    if (ft->results.empty()) return;
    out += ' ';
    if (ft->results.size() == 1 && ft->results[0]->names.empty()) {
      write(out, ft->results[0]->type, 1);
      return;
    }
    out += '(';
    fields(out, ft->results, ", ");
    out += ')';
  }

  // A function literal: its source text when it is on one line (what go/printer keeps for a
  // small literal), else its signature with the body elided.
  void funcLit(std::string& out, const ast::FuncLit* f) {
    if (f->body && f->body->list.empty()) {
      out += "func";
      signature(out, f->sig);
      out += " {}";
      return;
    }
    if (source_ && f->body && f->body->rbrace.valid()) {
      std::string_view text = source_(file_);
      std::size_t begin = f->pos.offset, end = std::size_t(f->body->rbrace.offset) + 1;
      if (end <= text.size() && begin < end) {
        std::string_view lit = text.substr(begin, end - begin);
        if (lit.find('\n') == std::string_view::npos) {
          out += lit;
          return;
        }
      }
    }
    out += "func";
    signature(out, f->sig);
    out += " {...}";
  }

  void write(std::string& out, const ast::Expr* e, int depth) {
    if (!e) return;
    using K = ast::NodeKind;
    switch (e->kind) {
      case K::Ident:
        out += static_cast<const ast::Ident*>(e)->name;
        return;
      case K::BasicLit:
        out += static_cast<const ast::BasicLit*>(e)->raw;
        return;
      case K::CompositeLit: {
        auto c = static_cast<const ast::CompositeLit*>(e);
        write(out, c->litType, depth);
        out += '{';
        list(out, c->elts, depth);
        out += '}';
        return;
      }
      case K::FuncLit:
        funcLit(out, static_cast<const ast::FuncLit*>(e));
        return;
      case K::ParenExpr:
        out += '(';
        write(out, static_cast<const ast::ParenExpr*>(e)->x, depth);
        out += ')';
        return;
      case K::SelectorExpr: {
        auto s = static_cast<const ast::SelectorExpr*>(e);
        write(out, s->x, depth);
        out += '.';
        out += s->sel->name;
        return;
      }
      case K::IndexExpr: {
        auto ix = static_cast<const ast::IndexExpr*>(e);
        write(out, ix->x, depth);
        out += '[';
        list(out, ix->indices, depth + 1);
        out += ']';
        return;
      }
      case K::SliceExpr: {
        auto s = static_cast<const ast::SliceExpr*>(e);
        write(out, s->x, depth);
        out += '[';
        write(out, s->lo, depth + 1);
        out += ':';
        write(out, s->hi, depth + 1);
        if (s->slice3) {
          out += ':';
          write(out, s->max, depth + 1);
        }
        out += ']';
        return;
      }
      case K::TypeAssertExpr: {
        auto t = static_cast<const ast::TypeAssertExpr*>(e);
        write(out, t->x, depth);
        out += ".(";
        if (t->assertType)
          write(out, t->assertType, depth);
        else
          out += "type";
        out += ')';
        return;
      }
      case K::CallExpr: {
        auto c = static_cast<const ast::CallExpr*>(e);
        write(out, c->fun, depth);
        out += '(';
        list(out, c->args, depth);
        if (c->hasEllipsis) out += "...";
        out += ')';
        return;
      }
      case K::StarExpr:
        out += '*';
        write(out, static_cast<const ast::StarExpr*>(e)->x, depth);
        return;
      case K::UnaryExpr: {
        auto u = static_cast<const ast::UnaryExpr*>(e);
        out += ast::spell(u->op);
        write(out, u->x, depth);
        return;
      }
      case K::BinaryExpr: {
        // go/printer drops the blanks around operators inside index expressions.
        auto b = static_cast<const ast::BinaryExpr*>(e);
        write(out, b->x, depth);
        out += depth > 1 ? "" : " ";
        out += ast::spell(b->op);
        out += depth > 1 ? "" : " ";
        write(out, b->y, depth);
        return;
      }
      case K::KeyValueExpr: {
        auto kv = static_cast<const ast::KeyValueExpr*>(e);
        write(out, kv->key, depth);
        out += ": ";
        write(out, kv->value, depth);
        return;
      }
      case K::ArrayType: {
        auto a = static_cast<const ast::ArrayType*>(e);
        out += '[';
        if (a->len) {
          if (a->len->kind == K::Ellipsis)
            out += "...";
          else
            write(out, a->len, depth);
        }
        out += ']';
        write(out, a->elem, depth);
        return;
      }
      case K::StructType:
        out += "struct{";
        fields(out, static_cast<const ast::StructType*>(e)->fields, "; ");
        out += '}';
        return;
      case K::FuncType:
        out += "func";
        signature(out, static_cast<const ast::FuncType*>(e));
        return;
      case K::InterfaceType:
        out += "interface{";
        fields(out, static_cast<const ast::InterfaceType*>(e)->elems, "; ");
        out += '}';
        return;
      case K::MapType: {
        auto m = static_cast<const ast::MapType*>(e);
        out += "map[";
        write(out, m->key, depth);
        out += ']';
        write(out, m->value, depth);
        return;
      }
      case K::ChanType: {
        auto c = static_cast<const ast::ChanType*>(e);
        out += c->dir == ast::ChanDir::Recv   ? "<-chan "
               : c->dir == ast::ChanDir::Send ? "chan<- "
                                              : "chan ";
        write(out, c->value, depth);
        return;
      }
      case K::Ellipsis:
        out += "...";
        write(out, static_cast<const ast::Ellipsis*>(e)->elem, depth);
        return;
      default:
        return;
    }
  }

  const SourceLookup& source_;
  std::string_view file_;
};

// ---------------------------------------------------------------------------------------------
// Locks.

// A method `name` with signature func() callable on a value of type t (through auto-& when
// `addressable`).
bool hasNullaryMethod(const Type* t, bool addressable, std::string_view name) {
  Selection sel = lookupFieldOrMethod(t, addressable, nullptr, name);
  if (sel.status != LookupStatus::Found || !sel.obj || sel.obj->kind != types::ObjKind::Func)
    return false;
  auto sig = static_cast<const types::Signature*>(sel.obj->type);
  return sig && sig->params->vars.empty() && sig->results->vars.empty();
}

// vet: types.Implements(*T, Locker) && !types.Implements(T, Locker).
bool isLock(const Type* t) {
  bool viaPointer = hasNullaryMethod(t, true, "Lock") && hasNullaryMethod(t, true, "Unlock");
  if (!viaPointer) return false;
  bool byValue = hasNullaryMethod(t, false, "Lock") && hasNullaryMethod(t, false, "Unlock");
  return !byValue;
}

using TypePath = std::vector<std::string>;  // innermost first, as vet builds it

std::string pathString(const TypePath& path) {
  std::string out;
  for (std::size_t i = path.size(); i-- > 0;) {
    out += path[i];
    if (i) out += " contains ";
  }
  return out;
}

std::optional<TypePath> lockPath(const Type* t) {
  if (!t) return std::nullopt;
  while (t->underlying()->kind == Kind::Array)
    t = static_cast<const types::Array*>(t->underlying())->elem;
  if (t->kind == Kind::Tuple) {
    for (const types::Var* v : static_cast<const types::Tuple*>(t)->vars) {
      if (auto sub = lockPath(v->type)) {
        sub->push_back(typeString(t));
        return sub;
      }
    }
    return std::nullopt;
  }
  const Type* u = t->underlying();
  if (u->kind != Kind::Struct) return std::nullopt;
  if (isLock(t)) return TypePath{typeString(t)};
  if (t->kind == Kind::Named) {
    auto n = static_cast<const types::Named*>(t);
    if (n->obj->name == "noCopy" && n->obj->pkg && n->obj->pkg->path == "sync")
      return TypePath{typeString(t)};
  }
  for (const types::Var* f : static_cast<const types::Struct*>(u)->fields) {
    if (auto sub = lockPath(f->type)) {
      sub->push_back(typeString(t));
      return sub;
    }
  }
  return std::nullopt;
}

// The type go/types records for the single right-hand side of a two-variable comma-ok
// assignment (`v, ok := m[k]`, `<-ch`, `x.(T)`): the tuple (T, bool).
class TupleCache {
 public:
  const types::Tuple* commaOk(const Type* t, const Type* boolType) {
    for (auto& tup : tuples_)
      if (tup->vars[0]->type == t) return tup.get();
    auto tup = std::make_unique<types::Tuple>();
    vars_.push_back(std::make_unique<types::Var>("", ast::Pos{}, t));
    tup->vars.push_back(vars_.back().get());
    vars_.push_back(std::make_unique<types::Var>("", ast::Pos{}, boolType));
    tup->vars.push_back(vars_.back().get());
    tuples_.push_back(std::move(tup));
    return tuples_.back().get();
  }

 private:
  std::vector<std::unique_ptr<types::Tuple>> tuples_;
  std::vector<std::unique_ptr<types::Var>> vars_;
};

class Analyzer {
 public:
  Analyzer(const Program& prog, const SourceLookup& source) : prog_(prog), source_(source) {}

  void file(const ast::File* f) {
    file_ = f->filename;
    Printer printer(source_, file_);
    printer_ = &printer;
    for (const ast::Node* d : f->decls)
      ast::walk(d, [this](const ast::Node* n) {
        visit(n);
        return true;
      });
    printer_ = nullptr;
  }

  Diagnostics take() { return std::move(out_); }

 private:
  void report(const ast::Node* at, std::string msg) {
    out_.push_back(Diagnostic{file_, Checker::startPos(at), std::move(msg), Severity::Warning});
  }

  std::string format(const ast::Expr* e) { return printer_->print(e); }

  // vet's lockPathRhs: fresh values (literals, call results) are not copies.
  std::optional<TypePath> lockPathRhs(const ast::Expr* x, const Type* t) {
    if (x->is<ast::CompositeLit>() || x->is<ast::CallExpr>()) return std::nullopt;
    if (auto star = x->as<ast::StarExpr>(); star && star->x && star->x->is<ast::CallExpr>())
      return std::nullopt;
    return lockPath(t);
  }
  std::optional<TypePath> lockPathRhs(const ast::Expr* x) { return lockPathRhs(x, x->type); }

  // `a, b := x` with one operand for two variables: x is a comma-ok expression.
  const Type* commaOkType(const ast::Expr* x) {
    if (!x->type || x->is<ast::CallExpr>()) return x->type;
    const Type* boolType = boolType_ ? boolType_ : findBool();
    if (!boolType) return x->type;
    return tuples_.commaOk(x->type, boolType);
  }
  // The universe's bool (for the tuple's second element): the outermost scope of any package.
  const Type* findBool() {
    if (prog_.packages.empty() || !prog_.packages.back().pkg->scope) return nullptr;
    const types::Scope* s = prog_.packages.back().pkg->scope;
    while (s->outer) s = s->outer;
    if (types::Object* o = s->lookupLocal("bool"); o && o->kind == types::ObjKind::TypeName)
      boolType_ = o->type;
    return boolType_;
  }

  void visit(const ast::Node* n) {
    using K = ast::NodeKind;
    switch (n->kind) {
      case K::RangeStmt:
        range(static_cast<const ast::RangeStmt*>(n));
        return;
      case K::FuncDecl: {
        auto fd = static_cast<const ast::FuncDecl*>(n);
        func(fd->name->name, fd->recv, fd->sig);
        return;
      }
      case K::FuncLit:
        func("func", nullptr, static_cast<const ast::FuncLit*>(n)->sig);
        return;
      case K::CallExpr:
        call(static_cast<const ast::CallExpr*>(n));
        return;
      case K::AssignStmt:
        assign(static_cast<const ast::AssignStmt*>(n));
        return;
      case K::GenDecl:
        genDecl(static_cast<const ast::GenDecl*>(n));
        return;
      case K::CompositeLit:
        compositeLit(static_cast<const ast::CompositeLit*>(n));
        return;
      case K::ReturnStmt:
        for (const ast::Expr* x : static_cast<const ast::ReturnStmt*>(n)->results)
          if (auto path = lockPathRhs(x))
            report(x, "return copies lock value: " + pathString(*path));
        return;
      default:
        return;
    }
  }

  void assign(const ast::AssignStmt* as) {
    bool commaOk = as->lhs.size() == 2 && as->rhs.size() == 1;
    for (std::size_t i = 0; i < as->rhs.size() && i < as->lhs.size(); i++) {
      const ast::Expr* x = as->rhs[i];
      auto path = lockPathRhs(x, commaOk ? commaOkType(x) : x->type);
      if (path)
        report(x,
               "assignment copies lock value to " + format(as->lhs[i]) + ": " + pathString(*path));
    }
  }

  void genDecl(const ast::GenDecl* gd) {
    if (gd->tok != ast::DeclTok::Var) return;
    for (const ast::Node* spec : gd->specs) {
      auto vs = spec->as<ast::ValueSpec>();
      if (!vs) continue;
      bool commaOk = vs->names.size() == 2 && vs->values.size() == 1;
      for (std::size_t i = 0; i < vs->values.size() && i < vs->names.size(); i++) {
        const ast::Expr* x = vs->values[i];
        if (auto path = lockPathRhs(x, commaOk ? commaOkType(x) : x->type))
          report(x, "variable declaration copies lock value to " + vs->names[i]->name + ": " +
                        pathString(*path));
      }
    }
  }

  void compositeLit(const ast::CompositeLit* cl) {
    for (const ast::Expr* x : cl->elts) {
      if (auto kv = x->as<ast::KeyValueExpr>()) x = kv->value;
      if (!x) continue;
      if (auto path = lockPathRhs(x))
        report(x, "literal copies lock value from " + format(x) + ": " + pathString(*path));
    }
  }

  void call(const ast::CallExpr* ce) {
    const ast::Ident* id = ce->fun->as<ast::Ident>();
    if (auto sel = ce->fun->as<ast::SelectorExpr>()) id = sel->sel;
    if (id && id->obj && id->obj->kind == types::ObjKind::Builtin) {
      const std::string& name = id->obj->name;
      if (name == "new" || name == "len" || name == "cap") return;
    }
    for (const ast::Expr* x : ce->args)
      if (auto path = lockPathRhs(x))
        report(x, "call of " + format(ce->fun) + " copies lock value: " + pathString(*path));
  }

  // The receiver and parameters of a function (results are left to return statements).
  void func(const std::string& name, const ast::Field* recv, const ast::FuncType* sig) {
    const ParamVars* vars = prog_.params(sig);
    if (!vars) return;
    if (recv && recv->type && vars->recv) {
      if (auto path = lockPath(vars->recv->type))
        report(recv->type, name + " passes lock by value: " + pathString(*path));
    }
    std::size_t k = 0;
    for (const ast::Field* f : sig->params) {
      std::size_t n = f->names.empty() ? 1 : f->names.size();
      const types::Var* first = k < vars->params.size() ? vars->params[k] : nullptr;
      k += n;
      // go/types records no type for `...T` itself, so vet never reports a variadic parameter.
      if (!first || !f->type || f->type->is<ast::Ellipsis>()) continue;
      if (auto path = lockPath(first->type))
        report(f->type, name + " passes lock by value: " + pathString(*path));
    }
  }

  void range(const ast::RangeStmt* r) {
    rangeVar(r->op, r->key);
    rangeVar(r->op, r->value);
  }

  void rangeVar(ast::Op op, const ast::Expr* e) {
    if (!e) return;
    auto id = e->as<ast::Ident>();
    if (id && id->blank()) return;
    const Type* t = nullptr;
    if (op == ast::Op::Define) {
      if (!id || !id->obj) return;
      t = id->obj->type;
    } else {
      t = e->type;
    }
    if (auto path = lockPath(t))
      report(e, "range var " + format(e) + " copies lock: " + pathString(*path));
  }

  const Program& prog_;
  const SourceLookup& source_;
  Printer* printer_ = nullptr;
  std::string file_;
  Diagnostics out_;
  TupleCache tuples_;
  const Type* boolType_ = nullptr;
};

}  // namespace

Diagnostics copyLocks(const Program& prog, const SourceLookup& source) {
  if (!prog.ok() || prog.packages.empty() || prog.mainPackage().pkg->path != "main") return {};
  Analyzer a(prog, source);
  for (const ast::File* f : prog.mainPackage().files) a.file(f);
  return a.take();
}

}  // namespace weft::lang::check
