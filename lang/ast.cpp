// AST-generic code: operator spellings and the s-expression debug printer.
//
// dump() format (one node per parenthesized form, children in source order, null as `nil`):
//   identifiers and basic literals print as written: x, 42, "hi", 'a'
//   (op x y) binary, (op x) unary, (* x) star, (paren x), (. x sel), (index x i...),
//   (slice x lo hi) / (slice3 x lo hi max), (assert x T) / (assert x type), (call f args... [...]),
//   (lit T elts...), (kv k v), (funclit sig body),
//   (array len elem) with len `...` for [...]T, (slicetype elem), (struct fields...),
//   (field (names...) type [tag]), (func (params fields...) (results fields...)),
//   (interface elems...), (map k v), (chan T) / (chan<- T) / (<-chan T), (... T),
//   (expr x), (send ch v), (++ x), (op (lhs...) (rhs...)) for = := += ..., (go call),
//   (defer call), (return xs...), (break [L]), (continue [L]), (goto L), (fallthrough),
//   (block stmts...), (if init cond then else), (case (exprs...) stmts...),
//   (default stmts...), (switch init tag body), (typeswitch init binding x body),
//   (comm stmt stmts...), (select body), (for init cond post body),
//   (range key value op x body) with op one of := = nil, (label L stmt), (declstmt decl),
//   (empty), (import name path), (spec (names...) type (values...)) for var,
//   (spec@iota (names...) type (values...)) for const, (typespec name type),
//   (alias name type), (var specs...) (const ...) (type ...) (import ...),
//   (funcdecl recv name sig body), (file pkg decls...).
#include "lang/ast.hpp"

#include "lang/ast_dump.hpp"

namespace weft::ast {

const char* spell(Op op) {
  switch (op) {
    case Op::None:
      return "";
    case Op::Add:
      return "+";
    case Op::Sub:
      return "-";
    case Op::Mul:
      return "*";
    case Op::Quo:
      return "/";
    case Op::Rem:
      return "%";
    case Op::And:
      return "&";
    case Op::Or:
      return "|";
    case Op::Xor:
      return "^";
    case Op::Shl:
      return "<<";
    case Op::Shr:
      return ">>";
    case Op::AndNot:
      return "&^";
    case Op::LAnd:
      return "&&";
    case Op::LOr:
      return "||";
    case Op::Eql:
      return "==";
    case Op::Neq:
      return "!=";
    case Op::Lss:
      return "<";
    case Op::Leq:
      return "<=";
    case Op::Gtr:
      return ">";
    case Op::Geq:
      return ">=";
    case Op::Not:
      return "!";
    case Op::Arrow:
      return "<-";
    case Op::Addr:
      return "&";
    case Op::Deref:
      return "*";
    case Op::Inc:
      return "++";
    case Op::Dec:
      return "--";
    case Op::Assign:
      return "=";
    case Op::Define:
      return ":=";
    case Op::Tilde:
      return "~";
  }
  return "?";
}

namespace {

class Dumper {
 public:
  std::string out;

  void node(const Node* n) {
    if (!n) {
      out += "nil";
      return;
    }
    switch (n->kind) {
      case NodeKind::BadExpr:
        out += "(bad)";
        return;
      case NodeKind::Ident:
        out += static_cast<const Ident*>(n)->name;
        return;
      case NodeKind::BasicLit:
        out += static_cast<const BasicLit*>(n)->raw;
        return;
      case NodeKind::CompositeLit: {
        auto* x = static_cast<const CompositeLit*>(n);
        open("lit");
        sp(x->litType);
        list(x->elts);
        close();
        return;
      }
      case NodeKind::FuncLit: {
        auto* x = static_cast<const FuncLit*>(n);
        open("funclit");
        sp(x->sig);
        sp(x->body);
        close();
        return;
      }
      case NodeKind::ParenExpr:
        open("paren");
        sp(static_cast<const ParenExpr*>(n)->x);
        close();
        return;
      case NodeKind::SelectorExpr: {
        auto* x = static_cast<const SelectorExpr*>(n);
        open(".");
        sp(x->x);
        sp(x->sel);
        close();
        return;
      }
      case NodeKind::IndexExpr: {
        auto* x = static_cast<const IndexExpr*>(n);
        open("index");
        sp(x->x);
        list(x->indices);
        close();
        return;
      }
      case NodeKind::SliceExpr: {
        auto* x = static_cast<const SliceExpr*>(n);
        open(x->slice3 ? "slice3" : "slice");
        sp(x->x);
        sp(x->lo);
        sp(x->hi);
        if (x->slice3) sp(x->max);
        close();
        return;
      }
      case NodeKind::TypeAssertExpr: {
        auto* x = static_cast<const TypeAssertExpr*>(n);
        open("assert");
        sp(x->x);
        if (x->assertType) {
          sp(x->assertType);
        } else {
          out += " type";
        }
        close();
        return;
      }
      case NodeKind::CallExpr: {
        auto* x = static_cast<const CallExpr*>(n);
        open("call");
        sp(x->fun);
        list(x->args);
        if (x->hasEllipsis) out += " ...";
        close();
        return;
      }
      case NodeKind::StarExpr:
        open("*");
        sp(static_cast<const StarExpr*>(n)->x);
        close();
        return;
      case NodeKind::UnaryExpr: {
        auto* x = static_cast<const UnaryExpr*>(n);
        open(spell(x->op));
        sp(x->x);
        close();
        return;
      }
      case NodeKind::BinaryExpr: {
        auto* x = static_cast<const BinaryExpr*>(n);
        open(spell(x->op));
        sp(x->x);
        sp(x->y);
        close();
        return;
      }
      case NodeKind::KeyValueExpr: {
        auto* x = static_cast<const KeyValueExpr*>(n);
        open("kv");
        sp(x->key);
        sp(x->value);
        close();
        return;
      }
      case NodeKind::ArrayType: {
        auto* x = static_cast<const ArrayType*>(n);
        if (!x->len) {
          open("slicetype");
        } else {
          open("array");
          sp(x->len);
        }
        sp(x->elem);
        close();
        return;
      }
      case NodeKind::StructType:
        open("struct");
        list(static_cast<const StructType*>(n)->fields);
        close();
        return;
      case NodeKind::FuncType: {
        auto* x = static_cast<const FuncType*>(n);
        open("func");
        out += " ";
        open("params");
        list(x->params);
        close();
        out += " ";
        open("results");
        list(x->results);
        close();
        close();
        return;
      }
      case NodeKind::InterfaceType:
        open("interface");
        list(static_cast<const InterfaceType*>(n)->elems);
        close();
        return;
      case NodeKind::MapType: {
        auto* x = static_cast<const MapType*>(n);
        open("map");
        sp(x->key);
        sp(x->value);
        close();
        return;
      }
      case NodeKind::ChanType: {
        auto* x = static_cast<const ChanType*>(n);
        open(x->dir == ChanDir::Both ? "chan" : x->dir == ChanDir::Send ? "chan<-" : "<-chan");
        sp(x->value);
        close();
        return;
      }
      case NodeKind::Ellipsis: {
        auto* x = static_cast<const Ellipsis*>(n);
        if (!x->elem) {
          out += "...";
          return;
        }
        open("...");
        sp(x->elem);
        close();
        return;
      }
      case NodeKind::Field: {
        auto* x = static_cast<const Field*>(n);
        open("field");
        out += " (";
        for (std::size_t i = 0; i < x->names.size(); i++) {
          if (i) out += " ";
          node(x->names[i]);
        }
        out += ")";
        sp(x->type);
        if (x->tag) sp(x->tag);
        close();
        return;
      }
      case NodeKind::BadStmt:
        out += "(badstmt)";
        return;
      case NodeKind::DeclStmt:
        open("declstmt");
        sp(static_cast<const DeclStmt*>(n)->decl);
        close();
        return;
      case NodeKind::EmptyStmt:
        out += "(empty)";
        return;
      case NodeKind::LabeledStmt: {
        auto* x = static_cast<const LabeledStmt*>(n);
        open("label");
        sp(x->label);
        sp(x->stmt);
        close();
        return;
      }
      case NodeKind::ExprStmt:
        open("expr");
        sp(static_cast<const ExprStmt*>(n)->x);
        close();
        return;
      case NodeKind::SendStmt: {
        auto* x = static_cast<const SendStmt*>(n);
        open("send");
        sp(x->chan);
        sp(x->value);
        close();
        return;
      }
      case NodeKind::IncDecStmt: {
        auto* x = static_cast<const IncDecStmt*>(n);
        open(spell(x->op));
        sp(x->x);
        close();
        return;
      }
      case NodeKind::AssignStmt: {
        auto* x = static_cast<const AssignStmt*>(n);
        std::string op = spell(x->op);
        if (x->compound) op += "=";
        open(op.c_str());
        out += " (";
        exprs(x->lhs);
        out += ") (";
        exprs(x->rhs);
        out += ")";
        close();
        return;
      }
      case NodeKind::GoStmt:
        open("go");
        sp(static_cast<const GoStmt*>(n)->call);
        close();
        return;
      case NodeKind::DeferStmt:
        open("defer");
        sp(static_cast<const DeferStmt*>(n)->call);
        close();
        return;
      case NodeKind::ReturnStmt:
        open("return");
        list(static_cast<const ReturnStmt*>(n)->results);
        close();
        return;
      case NodeKind::BranchStmt: {
        auto* x = static_cast<const BranchStmt*>(n);
        static const char* names[] = {"break", "continue", "goto", "fallthrough"};
        open(names[static_cast<int>(x->tok)]);
        if (x->label) sp(x->label);
        close();
        return;
      }
      case NodeKind::BlockStmt:
        open("block");
        list(static_cast<const BlockStmt*>(n)->list);
        close();
        return;
      case NodeKind::IfStmt: {
        auto* x = static_cast<const IfStmt*>(n);
        open("if");
        sp(x->init);
        sp(x->cond);
        sp(x->body);
        sp(x->elseStmt);
        close();
        return;
      }
      case NodeKind::CaseClause: {
        auto* x = static_cast<const CaseClause*>(n);
        if (x->isDefault) {
          open("default");
        } else {
          open("case");
          out += " (";
          exprs(x->list);
          out += ")";
        }
        list(x->body);
        close();
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* x = static_cast<const SwitchStmt*>(n);
        open("switch");
        sp(x->init);
        sp(x->tag);
        sp(x->body);
        close();
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* x = static_cast<const TypeSwitchStmt*>(n);
        open("typeswitch");
        sp(x->init);
        sp(x->binding);
        sp(x->x);
        sp(x->body);
        close();
        return;
      }
      case NodeKind::CommClause: {
        auto* x = static_cast<const CommClause*>(n);
        if (x->comm) {
          open("comm");
          sp(x->comm);
        } else {
          open("default");
        }
        list(x->body);
        close();
        return;
      }
      case NodeKind::SelectStmt:
        open("select");
        sp(static_cast<const SelectStmt*>(n)->body);
        close();
        return;
      case NodeKind::ForStmt: {
        auto* x = static_cast<const ForStmt*>(n);
        open("for");
        sp(x->init);
        sp(x->cond);
        sp(x->post);
        sp(x->body);
        close();
        return;
      }
      case NodeKind::RangeStmt: {
        auto* x = static_cast<const RangeStmt*>(n);
        open("range");
        sp(x->key);
        sp(x->value);
        out += x->op == Op::None ? " nil" : std::string(" ") + spell(x->op);
        sp(x->x);
        sp(x->body);
        close();
        return;
      }
      case NodeKind::ImportSpec: {
        auto* x = static_cast<const ImportSpec*>(n);
        open("import");
        sp(x->name);
        sp(x->path);
        close();
        return;
      }
      case NodeKind::ValueSpec: {
        auto* x = static_cast<const ValueSpec*>(n);
        std::string head = constSpec_ ? "spec@" + std::to_string(x->iota) : "spec";
        open(head.c_str());
        out += " (";
        for (std::size_t i = 0; i < x->names.size(); i++) {
          if (i) out += " ";
          node(x->names[i]);
        }
        out += ")";
        sp(x->type);
        out += " (";
        exprs(x->values);
        out += ")";
        close();
        return;
      }
      case NodeKind::TypeSpec: {
        auto* x = static_cast<const TypeSpec*>(n);
        open(x->alias ? "alias" : "typespec");
        sp(x->name);
        sp(x->type);
        close();
        return;
      }
      case NodeKind::GenDecl: {
        auto* x = static_cast<const GenDecl*>(n);
        static const char* names[] = {"import", "const", "type", "var"};
        open(names[static_cast<int>(x->tok)]);
        bool saved = constSpec_;
        constSpec_ = x->tok == DeclTok::Const;
        list(x->specs);
        constSpec_ = saved;
        close();
        return;
      }
      case NodeKind::FuncDecl: {
        auto* x = static_cast<const FuncDecl*>(n);
        open("funcdecl");
        sp(x->recv);
        sp(x->name);
        sp(x->sig);
        sp(x->body);
        close();
        return;
      }
      case NodeKind::File: {
        auto* x = static_cast<const File*>(n);
        open("file");
        sp(x->package);
        list(x->decls);
        close();
        return;
      }
    }
    out += "(?)";
  }

 private:
  bool constSpec_ = false;

  void open(const char* head) {
    out += "(";
    out += head;
  }
  void close() { out += ")"; }
  void sp(const Node* n) {
    out += " ";
    node(n);
  }
  template <class T>
  void list(const std::vector<T*>& xs) {
    for (auto* x : xs) sp(x);
  }
  template <class T>
  void exprs(const std::vector<T*>& xs) {
    for (std::size_t i = 0; i < xs.size(); i++) {
      if (i) out += " ";
      node(xs[i]);
    }
  }
};

}  // namespace

std::string dump(const Node* node) {
  Dumper d;
  d.node(node);
  return d.out;
}

}  // namespace weft::ast
