// weft::Session: turning an input into cells (see session_impl.hpp), checking and compiling
// them incrementally, and running them.
#include <algorithm>
#include <cstdlib>
#include <set>

#include "lang/check/session.hpp"
#include "lang/check/walk.hpp"
#include "lang/parse.hpp"
#include "lang/types.hpp"
#include "stdlib/registry.hpp"
#include "vm/api/session_impl.hpp"
#include "vm/program.hpp"

namespace weft {

namespace {

constexpr const char* kInputFile = "<input>";
constexpr const char* kDeclHeader = "package main; ";
constexpr const char* kStmtHeader = "package main; func weftInput__() {";
constexpr const char* kFmt = "weftfmt__";  // the cells' own name for fmt (printed values)

// The input with everything outside [begin, end) blanked (newlines kept, so positions stay).
std::string blankOutside(std::string_view input, std::size_t begin, std::size_t end) {
  std::string s(input);
  for (std::size_t i = 0; i < s.size(); i++)
    if ((i < begin || i >= end) && s[i] != '\n') s[i] = ' ';
  return s;
}

// Names a file declares at package level (imports not included).
std::set<std::string> declaredNames(const ast::File* f) {
  std::set<std::string> names;
  for (const ast::Node* n : f->decls) {
    if (auto fd = n->as<ast::FuncDecl>()) {
      if (!fd->recv && fd->name) names.insert(fd->name->name);
      continue;
    }
    auto gd = n->as<ast::GenDecl>();
    if (!gd || gd->tok == ast::DeclTok::Import) continue;
    for (const ast::Node* sn : gd->specs) {
      if (auto vs = sn->as<ast::ValueSpec>())
        for (const ast::Ident* id : vs->names) names.insert(id->name);
      if (auto ts = sn->as<ast::TypeSpec>(); ts && ts->name) names.insert(ts->name->name);
    }
  }
  return names;
}

const ast::FuncDecl* findFunc(const ast::File* f, std::string_view name) {
  for (const ast::Node* n : f->decls)
    if (auto fd = n->as<ast::FuncDecl>(); fd && !fd->recv && fd->name && fd->name->name == name)
      return fd;
  return nullptr;
}

// fmt.Print*, fmt.Fprint*: their results (a byte count and an error) are not printed.
bool isFmtPrint(const ast::Expr* e) {
  while (e && e->is<ast::ParenExpr>()) e = e->as<ast::ParenExpr>()->x;
  auto call = e ? e->as<ast::CallExpr>() : nullptr;
  if (!call) return false;
  auto sel = call->fun ? call->fun->as<ast::SelectorExpr>() : nullptr;
  auto id = sel && sel->x ? sel->x->as<ast::Ident>() : nullptr;
  if (!id || !id->obj || id->obj->kind != types::ObjKind::PkgName) return false;
  auto pn = static_cast<const types::PkgName*>(id->obj);
  const std::string& f = sel->sel->name;
  return pn->imported && pn->imported->path == "fmt" &&
         (f.rfind("Print", 0) == 0 || f.rfind("Fprint", 0) == 0);
}

// `x` becomes `weftfmt__.Println(x)`.
void wrapInPrintln(ast::Arena& arena, ast::ExprStmt* s) {
  ast::Pos pos = lang::check::startOf(s->x);
  auto call = arena.make<ast::CallExpr>(pos);
  auto sel = arena.make<ast::SelectorExpr>(pos);
  sel->x = arena.make<ast::Ident>(pos, kFmt);
  sel->sel = arena.make<ast::Ident>(pos, "Println");
  call->fun = sel;
  call->args.push_back(s->x);
  call->lparen = call->rparen = pos;
  s->x = call;
}

// A `defer` statement of the body itself (not of a function literal in it).
bool defersCalls(const ast::BlockStmt* body) {
  bool found = false;
  lang::check::walk(body, [&](const ast::Node* n) {
    if (n->is<ast::FuncLit>()) return false;
    if (n->is<ast::DeferStmt>()) found = true;
    return !found;
  });
  return found;
}

bool before(ast::Pos a, ast::Pos b) {
  return a.line != b.line ? a.line < b.line : a.col < b.col;
}

}  // namespace

std::string standardPackageFor(std::string_view name) {
  std::string best;
  for (const std::string& path : stdlib::packagePaths()) {
    std::size_t slash = path.rfind('/');
    std::string_view last = slash == std::string::npos ? std::string_view(path)
                                                       : std::string_view(path).substr(slash + 1);
    if (last != name) continue;
    if (best.empty() || path.size() < best.size()) best = path;
  }
  return best;
}

// Positions on the input's first line that a message quotes ("\t<input>:1:37: other
// declaration of A"), shifted back by the cell's header.
static std::string shiftQuotedPositions(const std::string& message, std::size_t headerLen) {
  const std::string mark = std::string(kInputFile) + ":1:";
  std::string out;
  std::size_t i = 0;
  for (std::size_t at; (at = message.find(mark, i)) != std::string::npos;) {
    std::size_t digits = at + mark.size(), end = digits;
    while (end < message.size() && message[end] >= '0' && message[end] <= '9') end++;
    out.append(message, i, digits - i);
    if (end > digits) {
      std::size_t col = std::stoul(message.substr(digits, end - digits));
      out += std::to_string(col > headerLen ? col - headerLen : 1);
    }
    i = end;
  }
  return out + message.substr(i);
}

void Session::Impl::printDiagnostics(const lang::Diagnostics& ds, std::size_t headerLen) {
  std::string text;
  for (lang::Diagnostic d : ds) {
    if (d.file == kInputFile && d.pos.line == 1)
      d.pos.col = d.pos.col > headerLen ? static_cast<uint32_t>(d.pos.col - headerLen) : 1;
    if (d.file == kInputFile) {
      d.message = shiftQuotedPositions(d.message, headerLen);
      // A printed value's implicit fmt.Println is the user's fmt as far as messages go.
      for (std::size_t at; (at = d.message.find(std::string(kFmt) + ".")) != std::string::npos;)
        d.message.replace(at, std::string_view(kFmt).size(), "fmt");
    }
    text += d.str() + "\n";
  }
  err(text);
}

Session::Impl::Shape Session::Impl::shape(std::string_view input) const {
  Shape out;
  lang::ParseResult decl = lang::parse(kInputFile, std::string(kDeclHeader) + std::string(input));
  if (decl.file) {
    out.kind = Shape::Decls;
    return out;
  }
  auto errorsOf = [&](const lang::ParseResult& r, std::size_t h) {
    for (lang::Diagnostic d : r.diagnostics) {
      if (d.file == kInputFile && d.pos.line == 1)
        d.pos.col = d.pos.col > h ? static_cast<uint32_t>(d.pos.col - h) : 1;
      out.errors.push_back(std::move(d));
    }
  };
  if (decl.incomplete) {
    out.kind = Shape::Incomplete;
    errorsOf(decl, std::string_view(kDeclHeader).size());
    return out;
  }
  const std::size_t header = std::string_view(kStmtHeader).size();
  lang::ParseResult stmt =
      lang::parse(kInputFile, std::string(kStmtHeader) + std::string(input) + "\n}");
  if (stmt.file) {
    const ast::FuncDecl* fd = findFunc(stmt.file, "weftInput__");
    out.kind = Shape::Stmts;
    const auto& list = fd->body->list;
    for (std::size_t i = 0; i < list.size(); i++) {
      Shape::Stmt s{};
      ast::Pos start = lang::check::startOf(list[i]);
      s.begin = start.offset >= header ? start.offset - header : 0;
      auto as = list[i]->as<ast::AssignStmt>();
      s.define = as && as->op == ast::Op::Define;
      s.decl = list[i]->is<ast::DeclStmt>();
      if (s.define) s.opOffset = as->opPos.offset - header;
      if (!out.stmts.empty()) out.stmts.back().end = s.begin;
      out.stmts.push_back(s);
    }
    if (!out.stmts.empty()) out.stmts.back().end = input.size();
    return out;
  }
  bool atEnd = !stmt.diagnostics.empty() && stmt.diagnostics[0].pos.offset >= header + input.size();
  if (stmt.incomplete || atEnd) {
    out.kind = Shape::Incomplete;
    errorsOf(stmt, header);
    return out;
  }
  // A syntax error: shown as the form the input most looks like.
  std::string_view t = input.substr(std::min(input.find_first_not_of(" \t\r\n"), input.size()));
  bool looksDecl = false;
  for (std::string_view kw : {"package", "import", "var", "const", "type", "func"})
    if (t.substr(0, kw.size()) == kw && (t.size() == kw.size() || t[kw.size()] == ' ' ||
                                         t[kw.size()] == '(' || t[kw.size()] == '\t'))
      looksDecl = true;
  // `func(...)` starts a function literal: a statement.
  if (t.substr(0, 5) == "func(") looksDecl = false;
  out.kind = Shape::Bad;
  if (looksDecl)
    errorsOf(decl, std::string_view(kDeclHeader).size());
  else
    errorsOf(stmt, header);
  return out;
}

// Checks and compiles one segment as a cell; see session_impl.hpp.
bool Session::Impl::compileCell(std::string_view input, const Segment& seg, Compiled& out) {
  Impl& s = *this;
  std::string body = blankOutside(input, seg.begin, seg.end);
  if (seg.kind == Segment::Var) body.replace(seg.opOffset, 2, "= ");
  std::set<std::string> excluded;  // session imports the cell's own names replace
  std::set<std::size_t> wrap;      // statements whose value is printed (indices in the body)
  bool valuesDecided = false;
  // The body defers calls: they are the session's (kSessionPackage), so the body ends with
  // `defer weftrepl__.KeepDefers()`, which runs first and hands the others over.
  bool keepDefers = false;
  const char* bodyName = s.checker->scope()->lookupLocal("main") ? "weftInput__" : "main";
  for (int attempt = 0; attempt < 8; attempt++) {
    std::string header = "package main; import (";
    for (auto& [name, path] : s.imports)
      if (!excluded.count(name)) header += name + " \"" + path + "\"; ";
    if (seg.kind == Segment::Stmts) header += std::string(kFmt) + " \"fmt\"; ";
    if (keepDefers) header += std::string(kSessionPackage) + " \"" + kSessionPackage + "\"; ";
    header += "); ";
    if (seg.kind == Segment::Var) header += "var ";
    if (seg.kind == Segment::Stmts) header += "func " + std::string(bodyName) + "() {";
    std::string end = keepDefers ? "\ndefer " + std::string(kSessionPackage) + ".KeepDefers()\n}"
                      : seg.kind == Segment::Stmts ? "\n}"
                                                   : "";
    std::string text = header + body + end;
    if (std::getenv("WEFT_REPL_DEBUG")) s.err("[cell] " + text + "\n");
    lang::ParseResult r = lang::parse(kInputFile, text);
    if (!r.file) {
      s.printDiagnostics(r.diagnostics, header.size());
      return false;
    }
    for (ast::ImportSpec* spec : r.file->imports) spec->used = true;
    std::set<std::string> names = declaredNames(r.file);
    bool clash = false;
    for (auto& [name, path] : s.imports)
      if (names.count(name) && !excluded.count(name)) excluded.insert(name), clash = true;
    if (clash) continue;
    ast::BlockStmt* block = nullptr;
    if (seg.kind == Segment::Stmts) {
      block = const_cast<ast::FuncDecl*>(findFunc(r.file, bodyName))->body;
      if (!keepDefers && defersCalls(block)) {
        keepDefers = true;
        continue;
      }
      for (std::size_t i : wrap)
        if (i < block->list.size())
          if (auto es = block->list[i]->as<ast::ExprStmt>()) wrapInPrintln(*r.arena, es);
    }
    ast::File* file = r.file;
    lang::check::Session::Cell cell = s.checker->check({std::move(r.arena), file});
    if (!cell.ok) {
      s.checker->discard(cell);
      bool retry = false;
      for (const lang::Diagnostic& d : cell.diagnostics) {
        if (d.file != kInputFile) continue;
        const std::string undefined = "undefined: ";
        if (d.message.rfind(undefined, 0) == 0) {
          std::string name = d.message.substr(undefined.size());
          std::string path = standardPackageFor(name);
          bool have = std::any_of(s.imports.begin(), s.imports.end(),
                                  [&](auto& p) { return p.first == name; });
          if (!path.empty() && !have && !names.count(name)) {
            s.imports.emplace_back(name, path);
            retry = true;
          }
        }
        const std::string unused = " is not used";
        if (block && d.message.size() > unused.size() &&
            d.message.compare(d.message.size() - unused.size(), unused.size(), unused) == 0) {
          // The top-level statement holding the position: an expression statement's value.
          std::size_t k = block->list.size();
          for (std::size_t i = 0; i < block->list.size(); i++)
            if (!before(d.pos, lang::check::startOf(block->list[i]))) k = i;
          if (k < block->list.size() && block->list[k]->is<ast::ExprStmt>() && !wrap.count(k)) {
            wrap.insert(k);
            retry = true;
          }
        }
      }
      if (retry) continue;
      s.printDiagnostics(cell.diagnostics, header.size());
      return false;
    }
    if (block && !valuesDecided) {
      // Calls with results print them, except fmt's printing functions.
      valuesDecided = true;
      bool more = false;
      for (std::size_t i = 0; i < block->list.size(); i++) {
        auto es = block->list[i]->as<ast::ExprStmt>();
        if (!es || wrap.count(i)) continue;
        const ast::Expr* x = es->x;
        bool isCall = x->is<ast::CallExpr>() ||
                      (x->is<ast::UnaryExpr>() && x->as<ast::UnaryExpr>()->op == ast::Op::Arrow);
        if (isCall && x->mode != ast::Mode::NoValue && x->mode != ast::Mode::Invalid &&
            !isFmtPrint(x)) {
          wrap.insert(i);
          more = true;
        }
      }
      if (more) {
        s.checker->discard(cell);
        continue;
      }
    }
    compile::Incremental::Step step = s.compiler->step();
    if (step.init < 0) {
      s.checker->discard(cell);
      s.printDiagnostics(step.diagnostics, header.size());
      return false;
    }
    const types::Func* bodyFunc = nullptr;
    if (seg.kind == Segment::Stmts) {
      bodyFunc = static_cast<const types::Func*>(cell.scope->lookupLocal(bodyName));
      cell.scope->names.erase(bodyName);  // not a name of the session
    }
    s.checker->commit(cell);
    // The cell's names replace session imports of the same name; its imports join them.
    std::erase_if(s.imports, [&](auto& p) { return cell.scope->names.count(p.first) > 0; });
    for (const ast::ImportSpec* spec : file->imports) {
      if (!spec->path) continue;
      const types::Package* pkg = s.checker->package(spec->path->value);
      if (!pkg) continue;
      std::string name = spec->name ? spec->name->name : pkg->name;
      if (name == kFmt || name == kSessionPackage || name == "_" || name == ".") continue;
      bool have =
          std::any_of(s.imports.begin(), s.imports.end(), [&](auto& p) { return p.first == name; });
      if (!have) s.imports.emplace_back(name, spec->path->value);
    }
    out.init = step.init;
    out.body = bodyFunc ? s.compiler->funcIndex(bodyFunc) : -1;
    return true;
  }
  s.err("weft: could not make a cell of this input\n");
  return false;
}

bool Session::Impl::compileInput(std::string_view input, const Shape& shape,
                                 std::vector<Compiled>& cells) {
  auto savedNames = checker->scope()->names;
  auto savedImports = imports;
  std::vector<Segment> segments;
  if (shape.kind == Shape::Decls) {
    segments.push_back(Segment{Segment::Decls, 0, input.size()});
  } else {
    for (const Shape::Stmt& st : shape.stmts) {
      if (st.define) {
        segments.push_back(Segment{Segment::Var, st.begin, st.end, st.opOffset});
      } else if (st.decl) {
        segments.push_back(Segment{Segment::Decls, st.begin, st.end});
      } else if (!segments.empty() && segments.back().kind == Segment::Stmts) {
        segments.back().end = st.end;
      } else {
        segments.push_back(Segment{Segment::Stmts, st.begin, st.end});
      }
    }
  }
  for (const Segment& seg : segments) {
    Compiled c;
    if (!compileCell(input, seg, c)) {
      checker->scope()->names = std::move(savedNames);
      imports = std::move(savedImports);
      return false;
    }
    cells.push_back(c);
  }
  return true;
}

bool Session::Impl::compileFile(const std::string& filename, std::string_view source,
                                std::vector<Compiled>& cells) {
  lang::ParseResult r = lang::parse(filename, source);
  if (!r.file) {
    printDiagnostics(r.diagnostics, 0);
    return false;
  }
  if (!r.file->package || r.file->package->name != "main") {
    err(filename + ": :load needs a file of package main\n");
    return false;
  }
  for (ast::ImportSpec* spec : r.file->imports) spec->used = true;
  ast::File* file = r.file;
  lang::check::Session::Cell cell = checker->check({std::move(r.arena), file});
  if (!cell.ok) {
    checker->discard(cell);
    printDiagnostics(cell.diagnostics, 0);
    return false;
  }
  compile::Incremental::Step step = compiler->step();
  if (step.init < 0) {
    checker->discard(cell);
    printDiagnostics(step.diagnostics, 0);
    return false;
  }
  checker->commit(cell);
  std::erase_if(imports, [&](auto& p) { return cell.scope->names.count(p.first) > 0; });
  for (const ast::ImportSpec* spec : file->imports) {
    const types::Package* pkg = spec->path ? checker->package(spec->path->value) : nullptr;
    if (!pkg) continue;
    std::string name = spec->name ? spec->name->name : pkg->name;
    if (name == "_" || name == ".") continue;
    if (std::none_of(imports.begin(), imports.end(), [&](auto& p) { return p.first == name; }))
      imports.emplace_back(name, spec->path->value);
  }
  cells.push_back(Compiled{step.init, -1});
  return true;
}

const types::Type* Session::Impl::constantType(const std::string& header, std::string_view expr) {
  lang::ParseResult r = lang::parse(kInputFile, header + std::string(expr) + "\n");
  if (!r.file) return nullptr;
  for (ast::ImportSpec* spec : r.file->imports) spec->used = true;
  ast::File* file = r.file;
  lang::check::Session::Cell cell = checker->check({std::move(r.arena), file});
  const types::Object* c = cell.ok ? cell.scope->lookupLocal("weftType__") : nullptr;
  checker->discard(cell);
  return c && c->kind == types::ObjKind::Const ? c->type : nullptr;
}

bool Session::Impl::typeOf(std::string_view expr, std::string* out) {
  // `expr` as a printed expression statement: any value or multi-value call checks.
  std::string input(expr);
  Shape sh = shape(input);
  if (sh.kind != Shape::Stmts || sh.stmts.size() != 1 ||
      !lang::parse(kInputFile, std::string(kStmtHeader) + input + "\n}").file) {
    err(":type needs one expression\n");
    return false;
  }
  auto savedImports = imports;
  for (int attempt = 0; attempt < 4; attempt++) {
    std::string header = "package main; import (";
    for (auto& [name, path] : imports) header += name + " \"" + path + "\"; ";
    // A constant expression has its own type, untyped ones included ("untyped int", as go/types
    // says; printed as a value it would become its default type, int).
    if (const types::Type* t = constantType(header + "); const weftType__ = ", input)) {
      imports = savedImports;
      *out = t->str(true);
      return true;
    }
    header += std::string(kFmt) + " \"fmt\"; ); func weftType__() {";
    lang::ParseResult r = lang::parse(kInputFile, header + input + "\n}");
    if (!r.file) break;
    for (ast::ImportSpec* spec : r.file->imports) spec->used = true;
    ast::BlockStmt* block = const_cast<ast::FuncDecl*>(findFunc(r.file, "weftType__"))->body;
    auto es = block->list.empty() ? nullptr : block->list[0]->as<ast::ExprStmt>();
    if (!es) {
      err(":type needs one expression\n");
      return false;
    }
    wrapInPrintln(*r.arena, es);
    const ast::Expr* arg = es->x->as<ast::CallExpr>()->args[0];
    ast::File* file = r.file;
    lang::check::Session::Cell cell = checker->check({std::move(r.arena), file});
    checker->discard(cell);
    if (cell.ok) {
      const types::Type* t = arg->type;
      *out = t ? t->str(true) : "?";  // as Go's %T: main.P
      const ast::Expr* x = arg;
      while (x->is<ast::ParenExpr>()) x = x->as<ast::ParenExpr>()->x;
      if (auto id = x->as<ast::Ident>(); id && id->obj && id->obj->kind == types::ObjKind::Nil)
        *out = "untyped nil";
      imports = savedImports;
      return true;
    }
    bool retry = false;
    for (const lang::Diagnostic& d : cell.diagnostics) {
      const std::string undefined = "undefined: ";
      if (d.file != kInputFile || d.message.rfind(undefined, 0) != 0) continue;
      std::string name = d.message.substr(undefined.size());
      std::string path = standardPackageFor(name);
      if (!path.empty() &&
          std::none_of(imports.begin(), imports.end(), [&](auto& p) { return p.first == name; })) {
        imports.emplace_back(name, path);
        retry = true;
      }
    }
    if (!retry) {
      printDiagnostics(cell.diagnostics, header.size());
      imports = savedImports;
      return false;
    }
  }
  imports = savedImports;
  return false;
}

bool Session::Impl::run(const std::vector<Compiled>& cells) {
  const vm::Program& p = *compiler->program();
  for (const Compiled& c : cells) {
    for (int32_t fn : {c.init, c.body}) {
      if (fn < 0) continue;
      {
        std::lock_guard lock(runningMutex);
        machine->interrupt.store(false);
        running = true;
      }
      int status = 0;
      vm::CallEnd end = machine->runCell(p.funcs[static_cast<std::size_t>(fn)].get(), &status);
      {
        std::lock_guard lock(runningMutex);
        running = false;
        machine->interrupt.store(false);
      }
      switch (end) {
        case vm::CallEnd::Returned:
          continue;
        case vm::CallEnd::Interrupted:
          err("interrupted\n");
          return false;
        case vm::CallEnd::Exited:
          exited = true;
          exitStatus = status;
          return false;
        case vm::CallEnd::HeapLimit:
          err("heap limit exceeded\n");
          return false;
        case vm::CallEnd::GoroutineLimit:
          err("goroutine limit exceeded\n");
          return false;
        default:  // the report is printed
          return false;
      }
    }
  }
  return true;
}

}  // namespace weft
